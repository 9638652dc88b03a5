import { Paper, Text } from '@mantine/core';

/**
 * One clickable figure: a big number with what it counts. A real button, so Tab reaches it and Enter or
 * Space opens the trainees behind it like a click.
 */
export function FigureCard({
  label,
  count,
  unit,
  color,
  onOpen,
  testId,
}: {
  label: string;
  count: number;
  /** What the number counts, in words that follow it ("plans", "trainees"). */
  unit: string;
  color: string;
  onOpen: () => void;
  testId: string;
}) {
  return (
    <Paper
      component="button"
      type="button"
      withBorder
      px="md"
      py="sm"
      w="100%"
      ta="left"
      style={{ borderLeft: `5px solid var(--mantine-color-${color}-6)`, cursor: 'pointer' }}
      onClick={onOpen}
      data-testid={testId}
      aria-label={`${label}: ${count.toLocaleString()} ${unit}. Show them.`}
    >
      <Text size="sm" fw={600} c="dark.6">
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} data-testid="figure-count">
        {count.toLocaleString()}
      </Text>
      <Text size="xs" c="dimmed">
        {unit}
      </Text>
    </Paper>
  );
}
