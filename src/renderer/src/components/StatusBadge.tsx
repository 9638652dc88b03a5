import { Badge } from '@mantine/core';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../../shared/progress/progressRules';

const COLORS: Record<PlanStatus, string> = {
  met: 'teal',
  on_track: 'blue',
  due_soon: 'orange',
  overdue: 'red',
  no_date: 'gray',
};

export function StatusBadge({ status }: { status: PlanStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" miw="max-content" data-testid="status-badge">
      {PLAN_STATUS_LABELS[status]}
    </Badge>
  );
}
