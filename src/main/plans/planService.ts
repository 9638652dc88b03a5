import { ApiError } from '../../shared/api/errors';
import type { Framework } from '../../shared/framework/framework';
import { levelKeysOf, targetLevelProblem } from '../../shared/framework/frameworkLevels';
import type { LevelKey } from '../../shared/framework/levels';
import { frameworkLabel } from '../../shared/framework/shownCode';
import { sameValue } from '../../shared/history/sameValue';
import { firstCheckoffOn, planStartProblem } from '../../shared/plans/planDates';
import type { PlanTarget } from '../../shared/plans/planFields';
import { appendEvent, changedFields } from '../history/appendEvent';
import type { ServiceContext } from '../serviceContext';
import type { StoredPlan, TraineeDoc } from '../store/records/recordsSchema';
import type { Transaction } from '../store/store';
import { traineeDoc } from '../trainees/traineeService';

/** Refuses a target level the framework has no statements at, beside the target field. */
export function checkTargetLevel(framework: Framework, targetLevel: LevelKey): void {
  const message = targetLevelProblem({ title: frameworkTitle(framework), levels: levelKeysOf(framework) }, targetLevel);
  if (message) throw new ApiError('invalid_input', message, [{ path: 'targetLevel', message }]);
}

function planGone(): ApiError {
  return new ApiError('not_found', 'That plan no longer exists. It may have been removed.');
}

/** The plan and the document of the trainee who has it, as working copies of this transaction. */
export async function findPlan(tx: Transaction, planId: string): Promise<{ doc: TraineeDoc; plan: StoredPlan }> {
  const owner = tx.planOwner(planId);
  const doc = owner === undefined ? undefined : await tx.trainee(owner);
  const plan = doc?.plans.find((p) => p.id === planId);
  if (!doc || !plan) throw planGone();
  return { doc, plan };
}

export function frameworkTitle(framework: Framework): string {
  return frameworkLabel(framework.occupation, framework.version);
}

function targetRecord(target: PlanTarget): Record<string, unknown> {
  return { targetLevel: target.targetLevel, targetDate: target.targetDate, startDate: target.startDate };
}

/**
 * Gives the trainee a new plan on `framework` with `target`, and records it in their history. The caller
 * has checked that they may have it (not archived, no plan on that framework, a start the rules allow).
 */
export function addPlan(
  tx: Transaction,
  ctx: Pick<ServiceContext, 'now' | 'newId'>,
  doc: TraineeDoc,
  framework: Framework,
  target: PlanTarget,
): StoredPlan {
  const plan: StoredPlan = {
    id: ctx.newId(),
    frameworkId: framework.id,
    targetLevel: target.targetLevel,
    targetDate: target.targetDate,
    startDate: target.startDate,
    createdAt: ctx.now().toISOString(),
    checkoffs: {},
  };
  doc.plans.push(plan);
  appendEvent(tx, ctx, {
    kind: 'plan.assigned',
    traineeId: doc.trainee.id,
    planId: plan.id,
    frameworkTitle: frameworkTitle(framework),
    after: targetRecord(plan),
  });
  return plan;
}

/** Refuses a start before the trainee's, or after the plan's own first check-off, naming the date that limits it. */
function checkStartDate(doc: TraineeDoc, startDate: string, plan?: StoredPlan): void {
  const message = planStartProblem(startDate, {
    traineeName: doc.trainee.fullName,
    traineeStart: doc.trainee.startDate,
    firstCheckoffOn: plan ? firstCheckoffOn(Object.values(plan.checkoffs)) : null,
  });
  if (message) throw new ApiError('invalid_input', message, [{ path: 'startDate', message }]);
}

export function createPlanService(ctx: ServiceContext) {
  const { store, frameworks } = ctx;
  return {
    async assign(input: { traineeId: string; frameworkId: string } & PlanTarget): Promise<{ planId: string }> {
      const framework = frameworks.get(input.frameworkId);
      return store.update(async (tx) => {
        const doc = await traineeDoc(tx, input.traineeId);
        const { trainee } = doc;
        if (trainee.archived) {
          throw new ApiError('conflict', `${trainee.fullName} is archived. Restore them before assigning a plan.`);
        }
        if (doc.plans.some((p) => p.frameworkId === framework.id)) {
          const message = `${trainee.fullName} already has a plan for ${frameworkTitle(framework)}.`;
          throw new ApiError('conflict', message, [{ path: 'frameworkId', message }]);
        }
        checkTargetLevel(framework, input.targetLevel);
        checkStartDate(doc, input.startDate);
        const plan = addPlan(tx, ctx, doc, framework, input);
        return { planId: plan.id };
      });
    },

    async update(input: { planId: string } & PlanTarget): Promise<{ planId: string }> {
      return store.update(async (tx) => {
        const { doc, plan } = await findPlan(tx, input.planId);
        const diff = changedFields(targetRecord(plan), targetRecord(input));
        if (!diff) return { planId: plan.id };
        // Only a moved start is checked: a plan kept from before these rules can still have its target changed.
        if (!sameValue(plan.startDate, input.startDate)) checkStartDate(doc, input.startDate, plan);
        const framework = frameworks.find(plan.frameworkId);
        if (framework && plan.targetLevel !== input.targetLevel) checkTargetLevel(framework, input.targetLevel);
        plan.targetLevel = input.targetLevel;
        plan.targetDate = input.targetDate;
        plan.startDate = input.startDate;
        appendEvent(tx, ctx, {
          kind: 'plan.changed',
          traineeId: doc.trainee.id,
          planId: plan.id,
          frameworkTitle: framework ? frameworkTitle(framework) : plan.frameworkId,
          ...diff,
        });
        return { planId: plan.id };
      });
    },

    /** The plan and its check-offs go; the events that record them stay in the trainee's history. */
    async remove(planId: string): Promise<{ removed: string }> {
      return store.update(async (tx) => {
        const { doc, plan } = await findPlan(tx, planId);
        const framework = frameworks.find(plan.frameworkId);
        doc.plans = doc.plans.filter((p) => p.id !== planId);
        appendEvent(tx, ctx, {
          kind: 'plan.removed',
          traineeId: doc.trainee.id,
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
