import { Badge } from '@mantine/core';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../../shared/progress/progressRules';

/** Each status's colour, shared with the skills matrix so a status looks the same everywhere. */
export const STATUS_COLORS: Record<PlanStatus, string> = {
  met: 'teal',
  on_track: 'blue',
  // Three warm colours a trainer can tell apart: due soon (yellow), behind pace (orange), overdue (red).
  due_soon: 'yellow',
  behind: 'orange',
  overdue: 'red',
  no_date: 'gray',
};

export function StatusBadge({ status }: { status: PlanStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" miw="max-content" data-testid="status-badge">
      {PLAN_STATUS_LABELS[status]}
    </Badge>
  );
}
