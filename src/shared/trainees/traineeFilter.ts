import { PLAN_STATUS_LABELS, type PlanStatus } from '../progress/progressRules';
import { matchesTraineeSearch } from './traineeSearch';
import type { TraineeRow } from './traineeViews';

export type StatusFilter = PlanStatus | 'no_plan';

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = { ...PLAN_STATUS_LABELS, no_plan: 'No plan yet' };

/** The filters of the trainees list and of the cohort report. Empty/null means "any". */
export interface TraineeFilter {
  search: string;
  team: string | null;
  site: string | null;
  trainer: string | null;
  frameworkId: string | null;
  status: StatusFilter | null;
  includeArchived: boolean;
}

export const NO_FILTER: TraineeFilter = {
  search: '',
  team: null,
  site: null,
  trainer: null,
  frameworkId: null,
  status: null,
  includeArchived: false,
};

export function matchesFilter(row: TraineeRow, filter: TraineeFilter): boolean {
  if (row.archived && !filter.includeArchived) return false;
  if (filter.team !== null && row.team !== filter.team) return false;
  if (filter.site !== null && row.site !== filter.site) return false;
  if (filter.trainer !== null && row.trainer !== filter.trainer) return false;
  if (filter.frameworkId !== null && !row.plans.some((p) => p.frameworkId === filter.frameworkId)) return false;
  if (filter.status !== null) {
    const ok =
      filter.status === 'no_plan'
        ? row.plans.length === 0
        : row.plans.some(
            (p) => p.status === filter.status && (filter.frameworkId === null || p.frameworkId === filter.frameworkId),
          );
    if (!ok) return false;
  }
  return matchesTraineeSearch(row, filter.search);
}

/** Whether a trainee has a plan in any of these states (or none, for "No plan yet"), on the framework when one is chosen. */
export function hasAnyStatus(
  row: TraineeRow,
  statuses: ReadonlySet<StatusFilter>,
  frameworkId: string | null,
): boolean {
  if (statuses.has('no_plan') && row.plans.length === 0) return true;
  return row.plans.some((p) => statuses.has(p.status) && (frameworkId === null || p.frameworkId === frameworkId));
}

export type SortKey = 'name' | 'team' | 'trainer' | 'progress' | 'status' | 'nextTargetDate' | 'lastActivity';
export type SortDirection = 'asc' | 'desc';

/** Most urgent first when sorting by status. */
const STATUS_URGENCY: Record<PlanStatus, number> = {
  overdue: 0,
  behind: 1,
  due_soon: 2,
  on_track: 3,
  no_date: 4,
  met: 5,
};

/** Statuses most urgent first ("No plan yet" last), so "Overdue or Behind" reads the same whichever was ticked first. */
export function byUrgency(statuses: readonly StatusFilter[]): StatusFilter[] {
  const rank = (s: StatusFilter) => (s === 'no_plan' ? 6 : STATUS_URGENCY[s]);
  return [...statuses].sort((a, b) => rank(a) - rank(b));
}

function mostUrgent(row: TraineeRow): number {
  return row.plans.reduce((min, p) => Math.min(min, STATUS_URGENCY[p.status]), 6);
}

function lowestProgress(row: TraineeRow): number {
  return row.plans.reduce((min, p) => Math.min(min, p.toTarget.percent), row.plans.length === 0 ? -1 : 101);
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey): (a: TraineeRow, b: TraineeRow) => number {
  switch (key) {
    case 'name':
      return (a, b) => collator.compare(a.fullName, b.fullName);
    case 'team':
      return (a, b) => collator.compare(a.team, b.team);
    case 'trainer':
      return (a, b) => collator.compare(a.trainer, b.trainer);
    case 'progress':
      return (a, b) => lowestProgress(a) - lowestProgress(b);
    case 'status':
      return (a, b) => mostUrgent(a) - mostUrgent(b);
    case 'nextTargetDate':
      // Rows with no date go last whichever way the dates are sorted.
      return (a, b) => (a.nextTargetDate ?? '9999').localeCompare(b.nextTargetDate ?? '9999');
    case 'lastActivity':
      // Trainees who have achieved nothing yet count as the least recent.
      return (a, b) => (a.lastActivity ?? '').localeCompare(b.lastActivity ?? '');
  }
}

export function sortRows(rows: readonly TraineeRow[], key: SortKey, direction: SortDirection): TraineeRow[] {
  const compare = compareBy(key);
  const byName = compareBy('name');
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b) || byName(a, b));
}

/** The values present in a column, for the filter menus. */
export function distinctValues(rows: readonly TraineeRow[], pick: (row: TraineeRow) => string): string[] {
  return [...new Set(rows.map(pick).filter((v) => v.trim() !== ''))].sort(collator.compare);
}
