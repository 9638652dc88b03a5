import { useQueryClient } from '@tanstack/react-query';
import type { IsoDate } from '../../../shared/dates';
import type { PlanView } from '../../../shared/trainees/traineeViews';
import type { CheckoffChange } from '../../../shared/checkoffs/checkoffFields';
import { useTrainee } from '../api/traineeQueries';
import { runCheckoffChange } from '../checkoffs/checkoffRunner';
import { useMovePlanStarts } from './useMovePlanStart';

/**
 * Check-off changes for one trainee. Each change carries the trainee's id and name, so its confirmation
 * and Undo act on that trainee even after the trainer has moved on to another one.
 */
export function useCheckoffActions(traineeId: string) {
  const client = useQueryClient();
  // Already in the cache: the page showing these plans is this trainee's.
  const trainee = useTrainee(traineeId).data?.trainee;
  const traineeName = trainee?.fullName ?? '';
  const movePlanStarts = useMovePlanStarts();
  return {
    traineeName,
    traineeStart: trainee?.startDate ?? null,
    /** Moves one plan's start, so a check-off dated before it can be saved. */
    movePlanStart: (plan: PlanView, date: IsoDate): Promise<boolean> => movePlanStarts([plan], date),
    /** Saves `changes`; the confirmation reads "<verb> for <trainee>: <subject>". Resolves to whether it saved. */
    apply: (planId: string, changes: CheckoffChange[], verb: string, subject: string): Promise<boolean> =>
      runCheckoffChange(client, { traineeId, traineeName, planId, changes, verb, subject }),
  };
}

export type CheckoffActions = ReturnType<typeof useCheckoffActions>;
