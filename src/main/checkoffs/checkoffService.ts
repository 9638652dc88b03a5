import { ApiError } from '../../shared/api/errors';
import { checkoffDateProblem } from '../../shared/checkoffs/checkoffDates';
import type { CheckoffChange, CheckoffFields } from '../../shared/checkoffs/checkoffFields';
import { todayIso } from '../../shared/dates';
import type { Statement } from '../../shared/framework/framework';
import { findPlan } from '../plans/planService';
import { applyCheckoffChange, checkoffFieldsOf } from './applyCheckoffChange';
import type { ServiceContext } from '../serviceContext';

function same(a: CheckoffFields | null, b: CheckoffFields | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createCheckoffService(ctx: ServiceContext) {
  const { store, frameworks } = ctx;
  return {
    /**
     * Sets the state of one or more statements of a plan: checked with details, or unchecked (null).
     * One event per statement that actually changes. Returns each statement's previous state, which
     * is exactly what an undo sends back.
     */
    async set(input: {
      planId: string;
      /** The version the page showed the plan on; a plan moved since is not changed by statement ids of another. */
      frameworkId?: string | undefined;
      changes: CheckoffChange[];
    }): Promise<{ planId: string; frameworkId: string; previous: CheckoffChange[] }> {
      const today = todayIso(ctx.now());
      return store.update(async (tx) => {
        const { doc, plan } = await findPlan(tx, input.planId);
        if (input.frameworkId !== undefined && input.frameworkId !== plan.frameworkId) {
          const now = frameworks.get(plan.frameworkId);
          throw new ApiError(
            'conflict',
            `This plan was moved to version ${now.version} of ${now.occupation.title} since the page was shown, so nothing was changed. The page now shows that version: do it again there.`,
          );
        }
        const limits = {
          planStart: plan.startDate,
          traineeStart: doc.trainee.startDate,
          traineeName: doc.trainee.fullName,
          today,
        };
        // The same rule the forms show before saving; a change that leaves a check-off as it is
        // (an undo of something older than a later start date) is not refused for it.
        input.changes.forEach((change, index) => {
          const current = Object.hasOwn(plan.checkoffs, change.statementId)
            ? plan.checkoffs[change.statementId]
            : undefined;
          if (!change.checkoff || same(checkoffFieldsOf(current), change.checkoff)) return;
          const problem = checkoffDateProblem(change.checkoff.achievedOn, limits);
          if (problem) {
            throw new ApiError('invalid_input', problem, [
              { path: `changes.${String(index)}.checkoff.achievedOn`, message: problem },
            ]);
          }
        });
        const framework = frameworks.get(plan.frameworkId);
        const statements = new Map<string, Statement>(
          framework.levels.flatMap((l) => l.statements.map((s) => [s.id, s])),
        );
        const previous: CheckoffChange[] = [];
        for (const change of input.changes) {
          const statement = statements.get(change.statementId);
          if (!statement) {
            throw new ApiError(
              'invalid_input',
              `Statement ${change.statementId} is not part of ${framework.occupation.title}.`,
            );
          }
          const was = applyCheckoffChange(tx, ctx, { doc, plan, framework, statement }, change.checkoff);
          if (was) previous.push(was);
        }
        return { planId: plan.id, frameworkId: plan.frameworkId, previous };
      });
    },
  };
}

export type CheckoffService = ReturnType<typeof createCheckoffService>;
