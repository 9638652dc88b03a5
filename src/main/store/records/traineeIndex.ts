import type { IndexEntry } from './recordsSchema';

/**
 * Employee IDs are the same when they look the same: in another case ("b-17" is "B-17"), in full-width
 * letters as a Japanese or Chinese keyboard types them ("Ｂ-17"), or with spaces around them ("B-17 ").
 * Create, update, the roster and data imports all compare by this one key.
 */
export function employeeIdKey(employeeId: string): string {
  return employeeId.normalize('NFKC').trim().toLowerCase();
}

/**
 * Every trainee as the list knows them, with the lookups kept beside the index: who owns a plan, and
 * who has an employee ID. A big change is applied to a copy (copyForChange), which is then put in the
 * index's place at once, so a read never sees a change half applied.
 */
export class TraineeIndex {
  readonly entries: Map<string, IndexEntry>;
  readonly planOwners: Map<string, string>;
  /** Trainees by employee ID (compared ignoring case), so a new trainee's ID is checked without a scan. */
  readonly employeeIds: Map<string, Set<string>>;
  /** In a copy, the employee IDs whose set of trainees is this copy's own; the others are shared with the original. */
  private readonly ownSets: Set<string> | null;

  constructor(from?: TraineeIndex) {
    this.entries = new Map(from?.entries);
    this.planOwners = new Map(from?.planOwners);
    this.employeeIds = new Map(from?.employeeIds);
    this.ownSets = from ? new Set() : null;
  }

  /** A copy to change while this index goes on answering reads; the sets it shares are copied when changed. */
  copyForChange(): TraineeIndex {
    return new TraineeIndex(this);
  }

  /** The trainees with this employee ID, as a set this index may change. */
  private idsToChange(key: string): Set<string> | undefined {
    const ids = this.employeeIds.get(key);
    if (!ids || this.ownSets === null || this.ownSets.has(key)) return ids;
    const own = new Set(ids);
    this.employeeIds.set(key, own);
    this.ownSets.add(key);
    return own;
  }

  set(id: string, entry: IndexEntry | null): void {
    const old = this.entries.get(id);
    for (const plan of old?.plans ?? []) this.planOwners.delete(plan.id);
    if (old?.employeeId) {
      const key = employeeIdKey(old.employeeId);
      const ids = this.idsToChange(key);
      ids?.delete(id);
      if (ids?.size === 0) this.employeeIds.delete(key);
    }
    if (entry === null) {
      this.entries.delete(id);
      return;
    }
    this.entries.set(id, entry);
    for (const plan of entry.plans) this.planOwners.set(plan.id, id);
    if (entry.employeeId) {
      const key = employeeIdKey(entry.employeeId);
      const ids = this.idsToChange(key);
      if (ids) ids.add(id);
      else {
        this.employeeIds.set(key, new Set([id]));
        this.ownSets?.add(key);
      }
    }
  }
}
