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
import { mapInSlices, SLICE } from './inSlices';
import { TraineeIndex } from './traineeIndex';

export { employeeIdKey } from './traineeIndex';

/**
 * What is in memory: the small things (settings, imported frameworks, the index of trainees) whole,
 * and of the trainees' own records only what changed since the last checkpoint. Applying a journal
 * record is idempotent, so replaying a record twice after a crash does no harm.
 */
export class RecordsState {
  settings: Settings;
  readonly frameworks = new Map<string, ImportedFramework>();
  private trainees = new TraineeIndex();
  /** After-images committed to the journal and not yet written to the trainees' files (null: erased). */
  journalDocs = new Map<string, TraineeDoc | null>();
  journalEvents = new Map<string, HistoryEvent[]>();
  seq = 0;
  /** Whether every trainee file of the folder carries a checksum (see `Snapshot.docsChecksummed`). */
  readonly docsChecksummed: boolean;

  constructor(snapshot: Snapshot, frameworkId: (f: ImportedFramework) => string) {
    this.settings = snapshot.settings;
    this.docsChecksummed = snapshot.docsChecksummed === true;
    this.seq = snapshot.seq ?? 0;
    for (const framework of snapshot.frameworks) this.frameworks.set(frameworkId(framework), framework);
    for (const entry of snapshot.trainees) this.trainees.set(entry.id, entry);
  }

  get index(): ReadonlyMap<string, IndexEntry> {
    return this.trainees.entries;
  }

  get planOwners(): ReadonlyMap<string, string> {
    return this.trainees.planOwners;
  }

  /** Trainees by employee ID (compared ignoring case), so a new trainee's ID is checked without a scan. */
  get employeeIds(): ReadonlyMap<string, ReadonlySet<string>> {
    return this.trainees.employeeIds;
  }

  /** Puts an entry in the index (figures an older index lacked, worked out on opening). */
  setEntry(id: string, entry: IndexEntry): void {
    this.trainees.set(id, entry);
  }

  apply(record: JournalRecord): void {
    for (const { id, doc } of record.docs ?? []) this.trainees.set(id, doc && indexEntryOf(doc));
    this.applyAllButIndex(record);
  }

  /**
   * Prepares a record to be applied at once by the function it returns. A big record's index entries
   * are worked out a slice at a time into a copy of the index, which the function then puts in place,
   * so reads meanwhile are answered from the records as they were and never see the record half
   * applied. Nothing else may be applied between the two steps (the journal's flush loop applies one
   * record at a time).
   */
  async prepareApply(record: JournalRecord): Promise<() => void> {
    const docs = record.docs ?? [];
    if (docs.length <= SLICE) return () => this.apply(record);
    const base = this.trainees;
    const next = base.copyForChange();
    await mapInSlices(docs, ({ id, doc }) => next.set(id, doc && indexEntryOf(doc)));
    return () => {
      if (this.trainees !== base) throw new Error('The index changed while a change to it was prepared.');
      this.trainees = next;
      this.applyAllButIndex(record);
    };
  }

  private applyAllButIndex(record: JournalRecord): void {
    if (record.settings) this.settings = record.settings;
    for (const { id, framework } of record.frameworks ?? []) {
      if (framework) this.frameworks.set(id, framework);
      else this.frameworks.delete(id);
    }
    for (const { id, doc } of record.docs ?? []) {
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
      ...(this.docsChecksummed ? { docsChecksummed: true as const } : {}),
      settings: this.settings,
      frameworks: [...this.frameworks.values()],
      trainees: [...this.index.values()],
    };
  }
}
