import type { CheckoffChange } from '../checkoffs/checkoffFields';
import { planProgress } from './progressRules';
import type { PlanView, TraineeDetail } from '../trainees/traineeViews';

/**
 * What the trainee page should show the moment a check-off is clicked, before the main process has
 * answered: the same progress rules applied to the changed check-offs. Replaced by the real answer
 * as soon as it arrives, or rolled back if the call fails.
 */
export function applyCheckoffChanges(
  detail: TraineeDetail,
  planId: string,
  changes: readonly CheckoffChange[],
  today: string,
): TraineeDetail {
  return {
    ...detail,
    plans: detail.plans.map((plan): PlanView => {
      if (plan.planId !== planId) return plan;
      const checkoffs = { ...plan.checkoffs };
      for (const change of changes) {
        if (change.checkoff) {
          const statement = plan.framework.levels.flatMap((l) => l.statements).find((s) => s.id === change.statementId);
          checkoffs[change.statementId] = {
            ...change.checkoff,
            statementText: checkoffs[change.statementId]?.statementText ?? statement?.text ?? '',
            recordedAt: new Date().toISOString(),
          };
        } else {
          // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a fresh copy, keyed by statement id
          delete checkoffs[change.statementId];
        }
      }
      const progress = planProgress(plan.framework, new Set(Object.keys(checkoffs)), plan, today);
      return {
        ...plan,
        checkoffs,
        levels: progress.levels,
        attained: progress.attained,
        toTarget: progress.toTarget,
        status: progress.status,
      };
    }),
  };
}
