import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';

/**
 * A chart with its visible title and, one click away, the same figures as a table. The table is the way in
 * for keyboards and screen readers: its numbers are buttons that open the trainees behind them.
 */
export function ChartPanel({
  title,
  description,
  chart,
  table,
  testId,
}: {
  title: string;
  description: string;
  chart: ReactNode;
  table: ReactNode;
  testId: string;
}) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const tableId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid={testId} miw={0}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div>
          <Title order={3} size="h4" id={titleId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        <Button
          variant="default"
          size="xs"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
          style={{ flexShrink: 0 }}
        >
          {showTable ? 'Hide table' : 'Show as table'}
        </Button>
      </Group>
      <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>{chart}</div>
      <div id={tableId} hidden={!showTable} style={{ marginTop: 'var(--mantine-spacing-sm)', overflowX: 'auto' }}>
        {showTable && table}
      </div>
    </Paper>
  );
}
