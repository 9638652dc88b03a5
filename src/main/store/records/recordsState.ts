import type { HistoryEvent } from '../../../shared/history/historyEvent';
import type { Settings } from '../../../shared/settings/settings';
import {
  indexEntryOf,
  type ImportedFramework,
  type IndexEntry,
  type JournalRecord,
  type Snapshot,
  type TraineeDoc,
} from './recordsSchema';

/**
 * Employee IDs are the same when they look the same: in another case ("b-17" is "B-17"), in full-width
 * letters as a Japanese or Chinese keyboard types them ("Ｂ-17"), or with spaces around them ("B-17 ").
 * Create, update, the roster and data imports all compare by this one key.
 */
export function employeeIdKey(employeeId: string): string {
  return employeeId.normalize('NFKC').trim().toLowerCase();
}

/**
 * What is in memory: the small things (settings, imported frameworks, the index of trainees) whole,
 * and of the trainees' own records only what changed since the last checkpoint. Applying a journal
 * record is idempotent, so replaying a record twice after a crash does no harm.
 */
export class RecordsState {
  settings: Settings;
  readonly frameworks = new Map<string, ImportedFramework>();
  readonly index = new Map<string, IndexEntry>();
  readonly planOwners = new Map<string, string>();
  /** Trainees by employee ID (compared ignoring case), so a new trainee's ID is checked without a scan. */
  readonly employeeIds = new Map<string, Set<string>>();
  /** After-images committed to the journal and not yet written to the trainees' files (null: erased). */
  journalDocs = new Map<string, TraineeDoc | null>();
  journalEvents = new Map<string, HistoryEvent[]>();
  seq = 0;

  constructor(snapshot: Snapshot, frameworkId: (f: ImportedFramework) => string) {
    this.settings = snapshot.settings;
    this.seq = snapshot.seq ?? 0;
    for (const framework of snapshot.frameworks) this.frameworks.set(frameworkId(framework), framework);
    for (const entry of snapshot.trainees) this.setEntry(entry.id, entry);
  }

  private setEntry(id: string, entry: IndexEntry | null): void {
    const old = this.index.get(id);
    for (const plan of old?.plans ?? []) this.planOwners.delete(plan.id);
    if (old?.employeeId) {
      const key = employeeIdKey(old.employeeId);
      this.employeeIds.get(key)?.delete(id);
      if (this.employeeIds.get(key)?.size === 0) this.employeeIds.delete(key);
    }
    if (entry === null) {
      this.index.delete(id);
      return;
    }
    this.index.set(id, entry);
    for (const plan of entry.plans) this.planOwners.set(plan.id, id);
    if (entry.employeeId) {
      const key = employeeIdKey(entry.employeeId);
      const ids = this.employeeIds.get(key) ?? new Set<string>();
      ids.add(id);
      this.employeeIds.set(key, ids);
    }
  }

  apply(record: JournalRecord): void {
    if (record.settings) this.settings = record.settings;
    for (const { id, framework } of record.frameworks ?? []) {
      if (framework) this.frameworks.set(id, framework);
      else this.frameworks.delete(id);
    }
    for (const { id, doc } of record.docs ?? []) {
      this.setEntry(id, doc && indexEntryOf(doc));
      this.journalDocs.set(id, doc);
      // Erasure takes the history too.
      if (doc === null) this.journalEvents.delete(id);
    }
    for (const event of record.events ?? []) {
      if (this.journalDocs.get(event.traineeId) === null) continue;
      const list = this.journalEvents.get(event.traineeId);
      if (list) {
        if (!list.some((e) => e.id === event.id)) list.push(event);
      } else this.journalEvents.set(event.traineeId, [event]);
    }
    this.seq = Math.max(this.seq, record.seq);
  }

  /** The snapshot of everything but the trainees' own files, as index.json holds it. */
  snapshot(generation: number): Snapshot {
    return {
      schemaVersion: 3,
      generation,
      seq: this.seq,
      settings: this.settings,
      frameworks: [...this.frameworks.values()],
      trainees: [...this.index.values()],
    };
  }
}
