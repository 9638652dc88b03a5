import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { formatDate } from '../../../shared/dates';
import type { Statement } from '../../../shared/framework/framework';
import type { Checkoff } from '../../../shared/plans/planFields';
import { StatementText } from '../frameworks/StatementText';

export function ChecklistItem({
  levelLabel,
  statement,
  checkoff,
  onToggle,
  onEdit,
}: {
  levelLabel: string;
  statement: Statement;
  checkoff: Checkoff | undefined;
  onToggle: () => void;
  onEdit: () => void;
}) {
  // Topics can repeat across levels, so the label also says which level and position this is.
  const label = `${statement.topic ?? statement.text} (${levelLabel} ${String(statement.position)})`;
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
