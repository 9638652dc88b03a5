import { todayIso } from '../../shared/dates';
import type { Framework } from '../../shared/framework/framework';
import type { Plan } from '../../shared/plans/planFields';
import { planProgress } from '../../shared/progress/progressRules';
import type { PlanSummary, PlanView, TraineeDetail, TraineeRow } from '../../shared/trainees/traineeViews';
import type { FrameworkLibrary } from '../frameworks/frameworkLibrary';
import type { StoreData } from '../store/storeSchema';
import { findTrainee } from './traineeService';

function planView(plan: Plan, framework: Framework, today: string): PlanView {
  const progress = planProgress(framework, new Set(Object.keys(plan.checkoffs)), plan, today);
  return {
    planId: plan.id,
    frameworkId: framework.id,
    frameworkTitle: framework.occupation.title,
    soc: framework.occupation.soc,
    targetLevel: plan.targetLevel,
    targetDate: plan.targetDate,
    attained: progress.attained,
    toTarget: progress.toTarget,
    status: progress.status,
    startDate: plan.startDate,
    createdAt: plan.createdAt,
    levels: progress.levels,
    checkoffs: plan.checkoffs,
    framework,
  };
}

function summary(view: PlanView): PlanSummary {
  const { planId, frameworkId, frameworkTitle, soc, targetLevel, targetDate, attained, toTarget, status } = view;
  return { planId, frameworkId, frameworkTitle, soc, targetLevel, targetDate, attained, toTarget, status };
}

/** Builds the list and detail views from the records; progress is computed here, never stored. */
export function createTraineeViews(frameworks: FrameworkLibrary, now: () => Date) {
  const viewsOf = (plans: readonly Plan[], today: string): PlanView[] =>
    plans.flatMap((plan) => {
      const framework = frameworks.find(plan.frameworkId);
      return framework ? [planView(plan, framework, today)] : [];
    });

  return {
    rows(data: Readonly<StoreData>): TraineeRow[] {
      const today = todayIso(now());
      const plansByTrainee = new Map<string, Plan[]>();
      for (const plan of data.plans)
        plansByTrainee.set(plan.traineeId, [...(plansByTrainee.get(plan.traineeId) ?? []), plan]);
      const lastActivity = new Map<string, string>();
      for (const event of data.events) {
        const seen = lastActivity.get(event.traineeId);
        if (seen === undefined || event.at > seen) lastActivity.set(event.traineeId, event.at);
      }
      return data.trainees.map((trainee) => {
        const plans = viewsOf(plansByTrainee.get(trainee.id) ?? [], today).map(summary);
        const openDates = plans
          .filter((p) => p.status !== 'met' && p.targetDate !== null)
          .map((p) => p.targetDate as string)
          .sort();
        return {
          id: trainee.id,
          fullName: trainee.fullName,
          employeeId: trainee.employeeId,
          team: trainee.team,
          site: trainee.site,
          trainer: trainee.trainer,
          archived: trainee.archived,
          plans,
          nextTargetDate: openDates[0] ?? null,
          lastActivity: lastActivity.get(trainee.id) ?? trainee.updatedAt,
        };
      });
    },

    detail(data: Readonly<StoreData>, traineeId: string): TraineeDetail {
      const trainee = findTrainee(data, traineeId);
      return {
        trainee,
        plans: viewsOf(
          data.plans.filter((p) => p.traineeId === traineeId),
          todayIso(now()),
        ),
        history: data.events.filter((e) => e.traineeId === traineeId).reverse(),
      };
    },
  };
}
