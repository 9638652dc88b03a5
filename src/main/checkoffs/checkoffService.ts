import { ApiError } from '../../shared/api/errors';
import { checkoffDateProblem } from '../../shared/checkoffs/checkoffDates';
import type { CheckoffChange, CheckoffFields } from '../../shared/checkoffs/checkoffFields';
import { todayIso } from '../../shared/dates';
import type { Statement } from '../../shared/framework/framework';
import type { StoredCheckoff } from '../store/records/recordsSchema';
import { appendEvent } from '../history/appendEvent';
import { findPlan, frameworkTitle } from '../plans/planService';
import type { ServiceContext } from '../serviceContext';

function fieldsOf(checkoff: StoredCheckoff | undefined): CheckoffFields | null {
  return checkoff ? { achievedOn: checkoff.achievedOn, assessor: checkoff.assessor, note: checkoff.note } : null;
}

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
      changes: CheckoffChange[];
    }): Promise<{ planId: string; previous: CheckoffChange[] }> {
      const today = todayIso(ctx.now());
      return store.update(async (tx) => {
        const { doc, plan } = await findPlan(tx, input.planId);
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
          if (!change.checkoff || same(fieldsOf(current), change.checkoff)) return;
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
        const at = ctx.now().toISOString();
        for (const change of input.changes) {
          const statement = statements.get(change.statementId);
          if (!statement) {
            throw new ApiError(
              'invalid_input',
              `Statement ${change.statementId} is not part of ${framework.occupation.title}.`,
            );
          }
          const before = fieldsOf(plan.checkoffs[statement.id]);
          if (same(before, change.checkoff)) continue;
          previous.push({ statementId: statement.id, checkoff: before });
          // A correction or an uncheck keeps the wording that was signed off (a framework version's wording
          // never changes, so only a check-off migrated with a differing quote carries its own).
          const kept = plan.checkoffs[statement.id]?.statementText;
          const statementText = kept ?? statement.text;
          if (change.checkoff) {
            plan.checkoffs[statement.id] = {
              ...change.checkoff,
              recordedAt: at,
              ...(kept === undefined ? {} : { statementText: kept }),
            };
          } else {
            plan.checkoffs = Object.fromEntries(Object.entries(plan.checkoffs).filter(([id]) => id !== statement.id));
            // Only the last removal per statement: enough to offer it back on a re-tick without reading the history.
            if (before)
              plan.removedCheckoffs = { ...plan.removedCheckoffs, [statement.id]: { ...before, removedAt: at } };
          }
          appendEvent(tx, ctx, {
            kind:
              before === null
                ? 'statement.checked'
                : change.checkoff === null
                  ? 'statement.unchecked'
                  : 'statement.edited',
            traineeId: doc.trainee.id,
            planId: plan.id,
            frameworkTitle: frameworkTitle(framework),
            statementId: statement.id,
            statementText,
            before,
            after: change.checkoff,
          });
        }
        return { planId: plan.id, previous };
      });
    },
  };
}

export type CheckoffService = ReturnType<typeof createCheckoffService>;
