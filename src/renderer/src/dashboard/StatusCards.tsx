import { SimpleGrid } from '@mantine/core';
import type { Dashboard, DashboardFigure } from '../../../shared/overview/dashboard';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../../shared/progress/progressRules';
import { STATUS_CARD_ORDER } from './dashboardFigures';
import { FigureCard } from './FigureCard';

/** The status badges' colours, so a card and the badges in the lists it opens look alike. */
const STATUS_COLORS: Record<PlanStatus, string> = {
  met: 'teal',
  on_track: 'blue',
  due_soon: 'yellow',
  behind: 'orange',
  overdue: 'red',
  no_date: 'gray',
};

const unit = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** Plans by status, and the trainees with no plan: each card opens the trainees behind it. */
export function StatusCards({
  dashboard,
  onOpen,
}: {
  dashboard: Dashboard;
  onOpen: (figure: DashboardFigure) => void;
}) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" data-testid="status-cards">
      {STATUS_CARD_ORDER.map((status) => (
        <FigureCard
          key={status}
          label={PLAN_STATUS_LABELS[status]}
          count={dashboard.statusCounts[status]}
          unit={unit(dashboard.statusCounts[status], 'plan', 'plans')}
          color={STATUS_COLORS[status]}
          onOpen={() => onOpen({ kind: 'status', status })}
          testId={`status-card-${status}`}
        />
      ))}
      <FigureCard
        label="Without a plan"
        count={dashboard.withoutPlan}
        unit={unit(dashboard.withoutPlan, 'trainee', 'trainees')}
        color="grape"
        onOpen={() => onOpen({ kind: 'no_plan' })}
        testId="status-card-no_plan"
      />
    </SimpleGrid>
  );
}
