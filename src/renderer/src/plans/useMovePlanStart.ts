import { notifications } from '@mantine/notifications';
import { formatDate, type IsoDate } from '../../../shared/dates';
import type { PlanView } from '../../../shared/trainees/traineeViews';
import { errorMessage } from '../api/client';
import { useUpdatePlan } from '../api/traineeQueries';

type MovedPlan = Pick<PlanView, 'planId' | 'targetLevel' | 'targetDate'>;

/**
 * Moves plans' start to a date (their targets unchanged), one after the other, and says so once;
 * resolves to whether all of them moved.
 */
export function useMovePlanStarts() {
  const update = useUpdatePlan();
  return async (plans: readonly MovedPlan[], date: IsoDate): Promise<boolean> => {
    let moved = 0;
    try {
      for (const plan of plans) {
        await update.mutateAsync({
          planId: plan.planId,
          targetLevel: plan.targetLevel,
          targetDate: plan.targetDate ?? '',
          startDate: date,
        });
        moved += 1;
      }
      const whose = plans.length === 1 ? 'Plan start' : `The start of ${String(plans.length)} plans`;
      notifications.show({ color: 'teal', message: `${whose} moved to ${formatDate(date)}.` });
      return true;
    } catch (error) {
      const done = moved > 0 ? ` (${String(moved)} of ${String(plans.length)} moved)` : '';
      notifications.show({ color: 'red', title: `Plan start not moved${done}`, message: errorMessage(error) });
      return false;
    }
  };
}
