import { ApiError } from '../../shared/api/errors';
import { FUTURE_DATE_MESSAGE, type CheckoffChange, type CheckoffFields } from '../../shared/checkoffs/checkoffFields';
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
      input.changes.forEach((change, index) => {
        if (change.checkoff && change.checkoff.achievedOn > today) {
          throw new ApiError('invalid_input', FUTURE_DATE_MESSAGE, [
            { path: `changes.${index}.checkoff.achievedOn`, message: FUTURE_DATE_MESSAGE },
          ]);
        }
      });
      return store.update(async (tx) => {
        const { doc, plan } = await findPlan(tx, input.planId);
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
