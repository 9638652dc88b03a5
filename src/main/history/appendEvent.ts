import type { HistoryEvent } from '../../shared/history/historyEvent';
import { sameValue } from '../../shared/history/sameValue';
import type { ServiceContext } from '../serviceContext';
import type { Transaction } from '../store/store';

export const UNNAMED_TRAINER = 'Trainer (no name set)';

export type NewEvent = Pick<HistoryEvent, 'kind' | 'traineeId'> & Partial<Omit<HistoryEvent, 'id' | 'at' | 'actor'>>;

/** Appends one event, stamped with the time and the acting trainer from Settings. Events are never edited. */
export function appendEvent(
  tx: Transaction,
  ctx: Pick<ServiceContext, 'now' | 'newId'>,
  event: NewEvent,
): HistoryEvent {
  const full: HistoryEvent = {
    id: ctx.newId(),
    at: ctx.now().toISOString(),
    actor: tx.settings().trainerName || UNNAMED_TRAINER,
    planId: null,
    frameworkTitle: null,
    statementId: null,
    statementText: null,
    before: null,
    after: null,
    ...event,
  };
  tx.addEvent(full);
  return full;
}

/**
 * The fields that differ, as before/after records: the timeline says exactly what changed, and a field
 * that reads the same (null and "", text differing only in surrounding spaces) is not a change.
 */
export function changedFields<T extends object>(
  before: T,
  after: T,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const keys = (Object.keys(after) as (keyof T & string)[]).filter((key) => !sameValue(before[key], after[key]));
  if (keys.length === 0) return null;
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  };
}
