import type { CheckoffChange, CheckoffFields } from '../../shared/checkoffs/checkoffFields';
import type { Framework, Statement } from '../../shared/framework/framework';
import { appendEvent } from '../history/appendEvent';
import { frameworkTitle } from '../plans/planService';
import type { ServiceContext } from '../serviceContext';
import type { StoredCheckoff, StoredPlan, TraineeDoc } from '../store/records/recordsSchema';
import type { Transaction } from '../store/store';

export function checkoffFieldsOf(checkoff: StoredCheckoff | undefined): CheckoffFields | null {
  return checkoff ? { achievedOn: checkoff.achievedOn, assessor: checkoff.assessor, note: checkoff.note } : null;
}

/**
 * Sets one statement of a plan (the transaction's working copy) to `after` and appends its event: the
 * one way a check-off changes, for a tick on the checklist and a group sign-off alike. Returns the
 * statement's previous state, or null when nothing changed.
 */
export function applyCheckoffChange(
  tx: Transaction,
  ctx: Pick<ServiceContext, 'now' | 'newId'>,
  target: { doc: TraineeDoc; plan: StoredPlan; framework: Framework; statement: Statement },
  after: CheckoffFields | null,
): CheckoffChange | null {
  const { doc, plan, framework, statement } = target;
  const stored = plan.checkoffs[statement.id];
  const before = checkoffFieldsOf(stored);
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  // A correction or an uncheck keeps the wording that was signed off.
  const kept = stored?.statementText;
  const at = ctx.now().toISOString();
  if (after) {
    plan.checkoffs[statement.id] = {
      ...after,
      recordedAt: at,
      ...(kept === undefined ? {} : { statementText: kept }),
    };
  } else {
    plan.checkoffs = Object.fromEntries(Object.entries(plan.checkoffs).filter(([id]) => id !== statement.id));
    // Only the last removal per statement: enough to offer it back on a re-tick without reading the history.
    if (before) plan.removedCheckoffs = { ...plan.removedCheckoffs, [statement.id]: { ...before, removedAt: at } };
  }
  appendEvent(tx, ctx, {
    kind: before === null ? 'statement.checked' : after === null ? 'statement.unchecked' : 'statement.edited',
    traineeId: doc.trainee.id,
    planId: plan.id,
    frameworkTitle: frameworkTitle(framework),
    statementId: statement.id,
    statementText: kept ?? statement.text,
    before,
    after,
  });
  return { statementId: statement.id, checkoff: before };
}
