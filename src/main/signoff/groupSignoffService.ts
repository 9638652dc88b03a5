import { ApiError } from '../../shared/api/errors';
import { checkoffDateProblem } from '../../shared/checkoffs/checkoffDates';
import type { CheckoffChange } from '../../shared/checkoffs/checkoffFields';
import { formatDate, todayIso } from '../../shared/dates';
import type { Framework, Statement } from '../../shared/framework/framework';
import { groupDateProblem } from '../../shared/signoff/groupDates';
import type {
  ChangedPlan,
  GroupSignoffInput,
  GroupSignoffResult,
  SetManyCheckoffsInput,
} from '../../shared/signoff/groupSignoff';
import { findPlan, frameworkTitle } from '../plans/planService';
import type { ServiceContext } from '../serviceContext';
import type { StoredPlan, TraineeDoc } from '../store/records/recordsSchema';
import type { Transaction } from '../store/store';
import { applyCheckoffChange } from '../checkoffs/applyCheckoffChange';
import { createSignoffCandidates } from './signoffCandidates';

function statementsOf(framework: Framework): Map<string, Statement> {
  return new Map(framework.levels.flatMap((l) => l.statements.map((s) => [s.id, s])));
}

function listed(items: string[]): string {
  return items.length > 10
    ? `${items.slice(0, 10).join(', ')} and ${String(items.length - 10)} more`
    : items.join(', ');
}

function refuse(path: string, message: string): ApiError {
  return new ApiError('invalid_input', message, [{ path, message }]);
}

interface Target {
  doc: TraineeDoc;
  plan: StoredPlan;
}

/**
 * The chosen plans as working copies, refusing the whole group when any is unknown, on another
 * framework or belongs to an archived trainee: a group action never half-happens.
 */
async function groupTargets(tx: Transaction, planIds: string[], framework: Framework): Promise<Target[]> {
  const targets: Target[] = [];
  const missing: string[] = [];
  const foreign: string[] = [];
  const archived: string[] = [];
  for (const planId of planIds) {
    const owner = tx.planOwner(planId);
    const doc = owner === undefined ? undefined : await tx.trainee(owner);
    const plan = doc?.plans.find((p) => p.id === planId);
    if (!doc || !plan) missing.push(planId);
    else if (plan.frameworkId !== framework.id) foreign.push(doc.trainee.fullName);
    else if (doc.trainee.archived) archived.push(doc.trainee.fullName);
    else targets.push({ doc, plan });
  }
  if (missing.length > 0) {
    throw new ApiError(
      'not_found',
      `${String(missing.length)} of the chosen plans no longer exist (${listed(missing)}). Reload the page and choose the trainees again.`,
    );
  }
  if (foreign.length > 0) {
    throw refuse('planIds', `These trainees' plans are not on ${frameworkTitle(framework)}: ${listed(foreign)}.`);
  }
  if (archived.length > 0) {
    throw new ApiError('conflict', `These trainees are archived: ${listed(archived)}. Restore them or leave them out.`);
  }
  return targets;
}

export function createGroupSignoffService(ctx: ServiceContext) {
  const { store, frameworks } = ctx;
  return {
    candidates: createSignoffCandidates(ctx),

    /**
     * Signs the chosen statements off for every chosen plan in one transaction: one check-off and one
     * event per trainee and statement not yet achieved. One already achieved keeps its check-off
     * (evidence is never overwritten by a group) and is counted as skipped.
     */
    async signOffGroup(input: GroupSignoffInput): Promise<GroupSignoffResult> {
      const today = todayIso(ctx.now());
      if (input.checkoff.achievedOn > today) {
        throw refuse(
          'checkoff.achievedOn',
          `The date achieved cannot be in the future (today is ${formatDate(today)}).`,
        );
      }
      const framework = frameworks.get(input.frameworkId);
      const statements = statementsOf(framework);
      const unknown = input.statementIds.filter((id) => !statements.has(id));
      if (unknown.length > 0) {
        throw refuse(
          'statementIds',
          `These statements are not part of ${frameworkTitle(framework)}: ${listed(unknown)}.`,
        );
      }
      const chosen = input.statementIds.map((id) => statements.get(id)).filter((s) => s !== undefined);
      return store.update(async (tx) => {
        const targets = await groupTargets(tx, input.planIds, framework);
        const work = targets.map((t) => ({ ...t, open: chosen.filter((s) => t.plan.checkoffs[s.id] === undefined) }));
        const dated = work
          .filter((w) => w.open.length > 0)
          .map((w) => ({
            fullName: w.doc.trainee.fullName,
            planStart: w.plan.startDate,
            traineeStart: w.doc.trainee.startDate,
          }));
        const problem = groupDateProblem(input.checkoff.achievedOn, dated, today);
        if (problem) throw refuse('checkoff.achievedOn', problem);

        const changed: ChangedPlan[] = [];
        let checkoffs = 0;
        for (const { doc, plan, open } of work) {
          const previous: CheckoffChange[] = [];
          for (const statement of open) {
            const before = applyCheckoffChange(tx, ctx, { doc, plan, framework, statement }, input.checkoff);
            if (before) previous.push(before);
          }
          checkoffs += previous.length;
          if (previous.length > 0) {
            changed.push({
              planId: plan.id,
              frameworkId: plan.frameworkId,
              traineeName: doc.trainee.fullName,
              previous,
            });
          }
        }
        const skipped = work.length * chosen.length - checkoffs;
        return { changed, checkoffs, skipped };
      });
    },

    /**
     * Sets statements of several plans in one transaction (the group Undo sends back each plan's
     * previous states). Every plan and statement is checked before anything changes.
     */
    async setMany(input: SetManyCheckoffsInput): Promise<{ changed: ChangedPlan[] }> {
      const today = todayIso(ctx.now());
      return store.update(async (tx) => {
        const changed: ChangedPlan[] = [];
        for (const [index, { planId, frameworkId, changes }] of input.plans.entries()) {
          const { doc, plan } = await findPlan(tx, planId);
          const framework = frameworks.get(plan.frameworkId);
          if (frameworkId !== undefined && frameworkId !== plan.frameworkId) {
            throw new ApiError(
              'conflict',
              `${doc.trainee.fullName}’s plan was moved to version ${framework.version} of ${framework.occupation.title} since, so nothing was changed.`,
            );
          }
          const statements = statementsOf(framework);
          const previous: CheckoffChange[] = [];
          for (const [n, change] of changes.entries()) {
            const statement = statements.get(change.statementId);
            const path = `plans.${String(index)}.changes.${String(n)}`;
            if (!statement) {
              throw refuse(
                `${path}.statementId`,
                `Statement ${change.statementId} is not part of ${frameworkTitle(framework)}.`,
              );
            }
            if (change.checkoff) {
              const problem = checkoffDateProblem(change.checkoff.achievedOn, {
                planStart: plan.startDate,
                traineeStart: doc.trainee.startDate,
                traineeName: doc.trainee.fullName,
                today,
              });
              if (problem) throw refuse(`${path}.checkoff.achievedOn`, `${doc.trainee.fullName}: ${problem}`);
            }
            const before = applyCheckoffChange(tx, ctx, { doc, plan, framework, statement }, change.checkoff);
            if (before) previous.push(before);
          }
          if (previous.length > 0) {
            changed.push({ planId, frameworkId: plan.frameworkId, traineeName: doc.trainee.fullName, previous });
          }
        }
        return { changed };
      });
    },
  };
}

export type GroupSignoffService = ReturnType<typeof createGroupSignoffService>;
