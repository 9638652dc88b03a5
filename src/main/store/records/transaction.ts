import { ApiError } from '../../../shared/api/errors';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import type { Settings } from '../../../shared/settings/settings';
import {
  historyEventSchema,
  importedFrameworkSchema,
  indexEntryOf,
  traineeDocSchema,
  type ImportedFramework,
  type IndexEntry,
  type JournalRecord,
  type TraineeDoc,
} from './recordsSchema';
import { settingsSchema } from '../../../shared/settings/settings';
import { employeeIdKey } from './recordsState';
import { mapInSlices } from './inSlices';

/** What a transaction reads through: the committed records with the not-yet-durable changes on top. */
export interface WriterView {
  settings(): Settings;
  /** A fresh map the caller may change. */
  frameworks(): Map<string, ImportedFramework>;
  doc(id: string): Promise<TraineeDoc | undefined>;
  entries(): Map<string, IndexEntry>;
  planOwner(planId: string): string | undefined;
  hasTrainee(id: string): boolean;
  /** The trainees whose employee ID is `employeeId`, ignoring case. */
  withEmployeeId(employeeId: string): IndexEntry[];
}

/**
 * One change to the records. Services read and edit working copies of trainees' documents here; when
 * the change returns, only what actually differs becomes the journal record.
 */
export class Transaction {
  private readonly originals = new Map<string, string>();
  private readonly docs = new Map<string, TraineeDoc | null>();
  private readonly events: HistoryEvent[] = [];
  private readonly frameworkChanges = new Map<string, ImportedFramework | null>();
  private newSettings: Settings | undefined;

  constructor(private readonly view: WriterView) {}

  settings(): Settings {
    return this.newSettings ?? this.view.settings();
  }

  setSettings(settings: Settings): void {
    this.newSettings = settings;
  }

  /** Imported frameworks by id, this change included. */
  frameworks(): Map<string, ImportedFramework> {
    const map = this.view.frameworks();
    for (const [id, framework] of this.frameworkChanges) {
      if (framework) map.set(id, framework);
      else map.delete(id);
    }
    return map;
  }

  putFramework(id: string, framework: ImportedFramework | null): void {
    this.frameworkChanges.set(id, framework);
  }

  /** A working copy of the trainee's document, to change in place; undefined when there is no such trainee. */
  async trainee(id: string): Promise<TraineeDoc | undefined> {
    if (this.docs.has(id)) return this.docs.get(id) ?? undefined;
    const current = await this.view.doc(id);
    if (!current) return undefined;
    const copy = structuredClone(current);
    this.originals.set(id, JSON.stringify(current));
    this.docs.set(id, copy);
    return copy;
  }

  addTrainee(doc: TraineeDoc): void {
    const id = doc.trainee.id;
    if (this.docs.get(id) || (!this.docs.has(id) && this.view.hasTrainee(id))) {
      throw new Error(`A trainee with id ${id} exists already.`);
    }
    this.docs.set(id, doc);
  }

  eraseTrainee(id: string): void {
    this.docs.set(id, null);
  }

  addEvent(event: HistoryEvent): void {
    const doc = this.docs.get(event.traineeId);
    if (!doc) throw new Error(`An event for trainee ${event.traineeId} was added without changing their records.`);
    doc.lastActivity = event.at;
    doc.lastEventId = event.id;
    this.events.push(event);
  }

  /** Every trainee as the list knows them, this change and the ones before it included (a fresh map). */
  entries(): IndexEntry[] {
    const entries = this.view.entries();
    for (const [id, doc] of this.docs) {
      if (doc) entries.set(id, indexEntryOf(doc));
      else entries.delete(id);
    }
    return [...entries.values()];
  }

  /** The trainees whose employee ID is `employeeId` (ignoring case), this change's edits included. */
  withEmployeeId(employeeId: string): IndexEntry[] {
    const key = employeeIdKey(employeeId);
    const found = new Map(this.view.withEmployeeId(employeeId).map((entry) => [entry.id, entry]));
    for (const [id, doc] of this.docs) {
      if (doc?.trainee.employeeId && employeeIdKey(doc.trainee.employeeId) === key) found.set(id, indexEntryOf(doc));
      else found.delete(id);
    }
    return [...found.values()];
  }

  planOwner(planId: string): string | undefined {
    for (const [id, doc] of this.docs) if (doc?.plans.some((p) => p.id === planId)) return id;
    const owner = this.view.planOwner(planId);
    return owner !== undefined && this.docs.has(owner) ? undefined : owner;
  }

  /**
   * The journal record of what changed, every part validated; null when nothing did. A big change
   * (a roster import) is checked a slice at a time, so calls are answered meanwhile.
   */
  async toRecord(seq: number): Promise<JournalRecord | null> {
    const checked = await mapInSlices([...this.docs], ([id, doc]) => {
      const original = this.originals.get(id);
      if (doc !== null && original !== undefined && original === JSON.stringify(doc)) return null;
      return { id, doc: doc === null ? null : traineeDocSchema.parse(doc) };
    });
    const docs: NonNullable<JournalRecord['docs']> = checked.filter((d) => d !== null);
    const frameworks = [...this.frameworkChanges].map(([id, framework]) => ({
      id,
      framework: framework === null ? null : importedFrameworkSchema.parse(framework),
    }));
    const record: JournalRecord = { seq };
    if (docs.length > 0) record.docs = docs;
    if (this.events.length > 0) record.events = await mapInSlices(this.events, (e) => historyEventSchema.parse(e));
    if (this.newSettings) record.settings = settingsSchema.parse(this.newSettings);
    if (frameworks.length > 0) record.frameworks = frameworks;
    return Object.keys(record).length === 1 ? null : record;
  }
}

export function notFoundTrainee(): ApiError {
  return new ApiError('not_found', 'That trainee is not in Trainplan. They may have been deleted.');
}
