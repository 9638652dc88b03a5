import type { CheckoffChange } from '../checkoffs/checkoffFields';

/** One saved change as the confirmation remembers it: what it did, and the states that undo it. */
export interface DoneChange {
  planId: string;
  /** The framework version the plan was on: an undo after the plan moved to another is refused, not misapplied. */
  frameworkId?: string;
  /** Each changed statement's state before the change, as checkoffs:set answered. */
  previous: CheckoffChange[];
  /** What it did ("Checked", "Unchecked", "Updated") … */
  verb: string;
  /** … to what: "Safety and sanitation regulations", "3 statements in Emerging". */
  subject: string;
}

/**
 * The calls that undo a series of changes, one per plan: for each statement, the state it had before
 * the first change of the series touched it (so a tick, a note and an untick of one statement undo to
 * how it was before the tick).
 */
export function undoCalls(
  done: readonly DoneChange[],
): { planId: string; frameworkId?: string; changes: CheckoffChange[] }[] {
  const byPlan = new Map<string, { frameworkId?: string; changes: Map<string, CheckoffChange> }>();
  for (const change of done) {
    const plan = byPlan.get(change.planId) ?? {
      ...(change.frameworkId === undefined ? {} : { frameworkId: change.frameworkId }),
      changes: new Map<string, CheckoffChange>(),
    };
    byPlan.set(change.planId, plan);
    for (const previous of change.previous) {
      if (!plan.changes.has(previous.statementId)) plan.changes.set(previous.statementId, previous);
    }
  }
  return [...byPlan].map(([planId, { frameworkId, changes }]) => ({
    planId,
    ...(frameworkId === undefined ? {} : { frameworkId }),
    changes: [...changes.values()],
  }));
}

/** The confirmation's words for a series of changes to one trainee's check-offs, or for their undoing. */
export function confirmationText(traineeName: string, done: readonly DoneChange[], undone = false): string {
  const only = done.length === 1 ? done[0] : undefined;
  const subject = only ? only.subject : `${String(done.length)} changes`;
  if (undone) return `Undone for ${traineeName}: ${subject}`;
  return only ? `${only.verb} for ${traineeName}: ${subject}` : `${subject} for ${traineeName}`;
}
