import { Text } from '@mantine/core';
import { formatDate } from '../../../shared/dates';
import { LEVEL_LABELS } from '../../../shared/framework/levels';
import type { RosterPreviewRow } from '../../../shared/roster/rosterImport';

/** The plan a preview row assigns: framework, target and start; or why none is, in words. */
export function RosterRowPlan({ row, existing }: { row: RosterPreviewRow; existing: 'update' | 'skip' }) {
  const { plan } = row;
  // A person already on the list is left as they are, plan and all, when the trainer chooses to skip them.
  const assigned =
    plan !== null &&
    row.planNote === '' &&
    (row.action === 'add' || (row.action === 'update' && existing === 'update'));
  if (!assigned) {
    return (
      <Text size="sm" c="dimmed">
        {row.planNote}
      </Text>
    );
  }
  const target = plan.targetDate === null ? '' : ` by ${formatDate(plan.targetDate)}`;
  return (
    <Text size="sm">
      {plan.framework}
      <br />
      {LEVEL_LABELS[plan.targetLevel]}
      {target}, from {formatDate(plan.startDate)}
    </Text>
  );
}
