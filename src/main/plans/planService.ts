import { ApiError } from '../../shared/api/errors';
import type { Framework } from '../../shared/framework/framework';
import type { Plan, PlanTarget } from '../../shared/plans/planFields';
import { appendEvent, changedFields } from '../history/appendEvent';
import type { ServiceContext } from '../serviceContext';
import type { StoreData } from '../store/storeSchema';
import { findTrainee } from '../trainees/traineeService';

export function findPlan(data: Readonly<StoreData>, planId: string): Plan {
  const plan = data.plans.find((p) => p.id === planId);
  if (!plan) throw new ApiError('not_found', 'That plan no longer exists. It may have been removed.');
  return plan;
}

export function frameworkTitle(framework: Framework): string {
  return `${framework.occupation.title} (${framework.occupation.soc}, ${framework.version})`;
}

function targetRecord(target: PlanTarget): Record<string, unknown> {
  return { targetLevel: target.targetLevel, targetDate: target.targetDate, startDate: target.startDate };
}

export function createPlanService(ctx: ServiceContext) {
  const { store, frameworks } = ctx;
  return {
    async assign(input: { traineeId: string; frameworkId: string } & PlanTarget): Promise<{ planId: string }> {
      const framework = frameworks.get(input.frameworkId);
      return store.update((data) => {
        const trainee = findTrainee(data, input.traineeId);
        if (trainee.archived) {
          throw new ApiError('conflict', `${trainee.fullName} is archived. Restore them before assigning a plan.`);
        }
        if (data.plans.some((p) => p.traineeId === trainee.id && p.frameworkId === framework.id)) {
          const message = `${trainee.fullName} already has a plan for ${frameworkTitle(framework)}.`;
          throw new ApiError('conflict', message, [{ path: 'frameworkId', message }]);
        }
        const plan: Plan = {
          id: ctx.newId(),
          traineeId: trainee.id,
          frameworkId: framework.id,
          targetLevel: input.targetLevel,
          targetDate: input.targetDate,
          startDate: input.startDate,
          createdAt: ctx.now().toISOString(),
          checkoffs: {},
        };
        data.plans.push(plan);
        appendEvent(data, ctx, {
          kind: 'plan.assigned',
          traineeId: trainee.id,
          planId: plan.id,
          frameworkTitle: frameworkTitle(framework),
          after: targetRecord(plan),
        });
        return { planId: plan.id };
      });
    },

    async update(input: { planId: string } & PlanTarget): Promise<{ planId: string }> {
      return store.update((data) => {
        const plan = findPlan(data, input.planId);
        const diff = changedFields(targetRecord(plan), targetRecord(input));
        if (!diff) return { planId: plan.id };
        plan.targetLevel = input.targetLevel;
        plan.targetDate = input.targetDate;
        plan.startDate = input.startDate;
        const framework = frameworks.find(plan.frameworkId);
        appendEvent(data, ctx, {
          kind: 'plan.changed',
          traineeId: plan.traineeId,
          planId: plan.id,
          frameworkTitle: framework ? frameworkTitle(framework) : plan.frameworkId,
          ...diff,
        });
        return { planId: plan.id };
      });
    },

    /** The plan and its check-offs go; the events that record them stay in the trainee's history. */
    async remove(planId: string): Promise<{ removed: string }> {
      return store.update((data) => {
        const plan = findPlan(data, planId);
        const framework = frameworks.find(plan.frameworkId);
        data.plans = data.plans.filter((p) => p.id !== planId);
        appendEvent(data, ctx, {
          kind: 'plan.removed',
          traineeId: plan.traineeId,
          planId,
          frameworkTitle: framework ? frameworkTitle(framework) : plan.frameworkId,
          before: { ...targetRecord(plan), statementsAchieved: Object.keys(plan.checkoffs).length },
        });
        return { removed: planId };
      });
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
