import type { DashboardFigure } from '../../../shared/overview/dashboard';
import type { PlanStatus } from '../../../shared/progress/progressRules';
import { NO_FILTER, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import { DEFAULT_SORT, searchParamsOf } from '../../../shared/trainees/traineeListParams';

/** The status cards, in the order a manager reads them: what is done, then what needs a look, then the rest. */
export const STATUS_CARD_ORDER: readonly PlanStatus[] = ['met', 'on_track', 'behind', 'due_soon', 'overdue', 'no_date'];

/**
 * The trainees-list filters that show the same trainees as a figure, or null where the list cannot say it
 * (a level attained, a month, a due window, trainees without a team). The dashboard's own filters are kept.
 */
export function listFilterOf(figure: DashboardFigure, filter: TraineeFilter): TraineeFilter | null {
  switch (figure.kind) {
    case 'status':
      return { ...filter, status: figure.status };
    case 'no_plan':
      return { ...filter, status: 'no_plan' };
    case 'framework':
      if (figure.attained !== null) return null;
      return { ...filter, frameworkId: figure.frameworkId };
    case 'team':
      if (figure.attained !== null || figure.team === '') return null;
      return { ...filter, team: figure.team };
    case 'month':
    case 'due':
      return null;
  }
}

/** The address of the trainees list showing a figure's trainees, or null where the list cannot say it. */
export function traineesListLink(figure: DashboardFigure, filter: TraineeFilter): string | null {
  const listFilter = listFilterOf(figure, filter);
  if (listFilter === null) return null;
  const search = searchParamsOf({ filter: listFilter, sort: DEFAULT_SORT }).toString();
  return search === '' ? '/trainees' : `/trainees?${search}`;
}

/** Whether any filter narrows the dashboard, so "nothing here" means "nothing matches" rather than "nothing yet". */
export function isFiltered(filter: TraineeFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof TraineeFilter)[]).some((k) => filter[k] !== NO_FILTER[k]);
}
