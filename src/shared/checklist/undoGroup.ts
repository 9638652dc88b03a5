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

const keyOf = (planId: string, statementId: string): string => `${planId}\u0000${statementId}`;

/** The statements a series touched, each once, in the order first touched. */
function statementsOf(
  done: readonly DoneChange[],
): Map<string, { first: DoneChange; last: DoneChange; wasTicked: boolean }> {
  const seen = new Map<string, { first: DoneChange; last: DoneChange; wasTicked: boolean }>();
  for (const change of done) {
    for (const previous of change.previous) {
      const key = keyOf(change.planId, previous.statementId);
      const known = seen.get(key);
      if (known) known.last = change;
      else seen.set(key, { first: change, last: change, wasTicked: previous.checkoff !== null });
    }
  }
  return seen;
}

/**
 * How many statements a series changed, and whether each was a new tick: a tick and then its evidence note
 * is one tick, not two changes.
 */
export function countTicks(done: readonly DoneChange[]): { statements: number; allNewTicks: boolean } {
  const statements = [...statementsOf(done).values()];
  return {
    statements: statements.length,
    allNewTicks: statements.every((s) => !s.wasTicked && s.last.verb !== 'Unchecked'),
  };
}

/**
 * The series split into its last step (every change to the statements the newest change touched, so a tick
 * and its note go together) and the rest, which stays undoable on its own.
 */
export function splitLast(done: readonly DoneChange[]): { last: DoneChange[]; rest: DoneChange[] } {
  const newest = done[done.length - 1];
  if (!newest) return { last: [], rest: [] };
  const lastKeys = new Set(newest.previous.map((p) => keyOf(newest.planId, p.statementId)));
  const last: DoneChange[] = [];
  const rest: DoneChange[] = [];
  for (const change of done) {
    const inLast = change.previous.filter((p) => lastKeys.has(keyOf(change.planId, p.statementId)));
    const notInLast = change.previous.filter((p) => !lastKeys.has(keyOf(change.planId, p.statementId)));
    if (inLast.length > 0) last.push({ ...change, previous: inLast });
    if (notInLast.length > 0) rest.push({ ...change, previous: notInLast });
  }
  return { last, rest };
}

/** What a series did in a few words: the one statement's name, or "3 ticks", or "3 statements changed". */
export function subjectOf(done: readonly DoneChange[]): { verb: string | null; subject: string } {
  const statements = statementsOf(done);
  const only = done.length === 1 ? done[0] : statements.size === 1 ? [...statements.values()][0]?.first : undefined;
  const newest = done[done.length - 1];
  if (only && newest) return { verb: only.verb, subject: newest.subject };
  const { allNewTicks } = countTicks(done);
  const n = String(statements.size);
  return { verb: null, subject: allNewTicks ? `${n} ticks` : `${n} statements changed` };
}

/** The confirmation's words for a series of changes to one trainee's check-offs, or for their undoing. */
export function confirmationText(traineeName: string, done: readonly DoneChange[], undone = false): string {
  const { verb, subject } = subjectOf(done);
  if (undone) return `Undone for ${traineeName}: ${subject}`;
  return verb === null ? `${subject} for ${traineeName}` : `${verb} for ${traineeName}: ${subject}`;
}
