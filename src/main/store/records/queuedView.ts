import { employeeIdKey, type RecordsState } from './recordsState';
import { indexEntryOf, type IndexEntry, type JournalRecord, type TraineeDoc } from './recordsSchema';
import type { WriterView } from './transaction';

/**
 * The records a new change builds on: the committed state with the changes queued for the journal
 * (newest first from `unflushed`) on top, so a change made before the last flush is seen by the next.
 */
export function queuedView(
  state: RecordsState,
  unflushed: () => JournalRecord[],
  committedDoc: (id: string) => Promise<TraineeDoc | undefined>,
): WriterView {
  const pendingDoc = (id: string): TraineeDoc | null | undefined => {
    for (const change of unflushed()) {
      const found = change.docs?.find((d) => d.id === id);
      if (found) return found.doc;
    }
    return undefined;
  };
  return {
    settings: () => unflushed().find((c) => c.settings)?.settings ?? state.settings,
    frameworks: () => {
      const map = new Map(state.frameworks);
      for (const change of unflushed().reverse()) {
        for (const { id, framework } of change.frameworks ?? []) {
          if (framework) map.set(id, framework);
          else map.delete(id);
        }
      }
      return map;
    },
    doc: async (id) => {
      const queued = pendingDoc(id);
      if (queued !== undefined) return queued ?? undefined;
      return committedDoc(id);
    },
    entries: () => {
      const map = new Map(state.index);
      for (const change of unflushed().reverse()) {
        for (const { id, doc } of change.docs ?? []) {
          if (doc) map.set(id, indexEntryOf(doc));
          else map.delete(id);
        }
      }
      return map;
    },
    withEmployeeId: (employeeId) => {
      const key = employeeIdKey(employeeId);
      const found = new Map<string, IndexEntry>();
      for (const id of state.employeeIds.get(key) ?? []) {
        const entry = state.index.get(id);
        if (entry) found.set(id, entry);
      }
      for (const change of [...unflushed()].reverse()) {
        for (const { id, doc } of change.docs ?? []) {
          if (doc?.trainee.employeeId && employeeIdKey(doc.trainee.employeeId) === key) {
            found.set(id, indexEntryOf(doc));
          } else found.delete(id);
        }
      }
      return [...found.values()];
    },
    hasTrainee: (id) => {
      const queued = pendingDoc(id);
      return queued === undefined ? state.index.has(id) : queued !== null;
    },
    planOwner: (planId) => {
      for (const change of unflushed()) {
        for (const { id, doc } of change.docs ?? []) {
          if (doc?.plans.some((p) => p.id === planId)) return id;
        }
      }
      const owner = state.planOwners.get(planId);
      return owner !== undefined && pendingDoc(owner) !== undefined ? undefined : owner;
    },
  };
}
