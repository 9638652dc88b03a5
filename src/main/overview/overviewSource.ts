import type { TraineeFilter } from '../../shared/trainees/traineeFilter';
import { matchesFilter } from '../../shared/trainees/traineeFilter';
import type { PlanSummary, TraineeRow } from '../../shared/trainees/traineeViews';

/** A plan as the overview needs it: its summary, and which statements are achieved when. */
export interface PlanSource {
  summary: PlanSummary;
  startDate: string;
  achieved: readonly string[];
  /** Statements achieved per calendar month ("2026-03": 4). */
  achievedMonths: Readonly<Record<string, number>>;
}

export interface TraineeSource {
  row: TraineeRow;
  plans: PlanSource[];
}

/**
 * Whether a plan counts under the filter: the trainees list picks trainees, and the figures about plans
 * (status counts, matrix cells) take only the plans the filter is about, its framework and its status.
 */
export function planMatches(plan: PlanSummary, filter: TraineeFilter): boolean {
  if (filter.frameworkId !== null && plan.frameworkId !== filter.frameworkId) return false;
  if (filter.status !== null && filter.status !== 'no_plan' && plan.status !== filter.status) return false;
  return true;
}

/** The trainees matching the list's filter, each with their plans. */
export function matchingSources(sources: Iterable<TraineeSource>, filter: TraineeFilter): TraineeSource[] {
  const result: TraineeSource[] = [];
  for (const source of sources) if (matchesFilter(source.row, filter)) result.push(source);
  return result;
}
