import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { formatDate } from '../../../shared/dates';
import type { Statement } from '../../../shared/framework/framework';
import type { Checkoff } from '../../../shared/plans/planFields';
import { StatementText } from '../frameworks/StatementText';

export function ChecklistItem({
  statement,
  checkoff,
  onToggle,
  onEdit,
}: {
  statement: Statement;
  checkoff: Checkoff | undefined;
  onToggle: () => void;
  onEdit: () => void;
}) {
  const label = statement.topic ?? statement.text;
  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="sm"
      py={6}
      data-testid="checklist-item"
      data-checked={checkoff ? 'true' : 'false'}
    >
      <Checkbox checked={checkoff !== undefined} onChange={onToggle} aria-label={`Achieved: ${label}`} mt={2} />
      <Stack gap={2} style={{ flex: 1 }}>
        <Text size="sm">
          <StatementText statement={statement} />
        </Text>
        {checkoff && (
          <Group gap="xs">
            <Text size="xs" c="dimmed" data-testid="checkoff-meta">
              Achieved {formatDate(checkoff.achievedOn)} · {checkoff.assessor}
              {checkoff.note ? ` · ${checkoff.note}` : ''}
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={onEdit} aria-label={`Edit check-off: ${label}`}>
              Edit
            </Button>
          </Group>
        )}
      </Stack>
    </Group>
  );
}
