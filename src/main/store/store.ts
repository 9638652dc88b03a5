import { mkdir, rm, unlink } from 'node:fs/promises';
import { ApiError } from '../../shared/api/errors';
import { frameworkId } from '../../shared/framework/framework';
import type { HistoryEvent } from '../../shared/history/historyEvent';
import type { Settings } from '../../shared/settings/settings';
import { DataFileError } from './dataFileError';
import { realFs, syncFolder, type WriteFs } from './durableWrite';
import { AppendOnlyFile } from './records/appendOnlyFile';
import { encodeLineInSlices } from './records/checksummedLines';
import { FileHold } from './records/fileHold';
import { writeCheckpoint } from './records/checkpointWriter';
import { DocCache } from './records/docCache';
import { fillDerivedFields } from './records/fillDerivedFields';
import { openRecords, removeUnfinishedRecordsFolders, switchManifest, type OpenedRecords } from './records/openRecords';
import type { RecordsPaths } from './records/recordsFiles';
import { HistoryCut } from './records/historyEnd';
import { TraineeHistories, type HistoryView } from './records/traineeHistories';
import type { OpenStoreOptions, StableView, Store } from './storeContract';
import { damagedTrainee, readTraineeFile } from './traineeFile';
import { heldElsewhere, readOnlyWords, type ReadOnlyReason } from './readOnly';
import { type ImportedFramework, type IndexEntry, type JournalRecord, type TraineeDoc } from './records/recordsSchema';
import { RecordsState } from './records/recordsState';
import { queuedView } from './records/queuedView';
import { Transaction, type WriterView } from './records/transaction';

export type { Transaction };
export type { OpenStoreOptions, StableView, Store } from './storeContract';

interface PendingChange {
  record: JournalRecord;
  /** The journal line's bytes, in the pieces a big record was encoded in. */
  line: Buffer[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

const DEFAULT_CHECKPOINT_BYTES = 1024 * 1024;
const frameworkIdOf = (f: ImportedFramework): string => frameworkId(f.file.occupation.soc, f.file.framework.version);

/** Many small lines (ticks queued during one flush) go to the disk in one write, a big record in its pieces. */
function oneWriteWhenSmall(pieces: Buffer[]): Buffer[] {
  const bytes = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return pieces.length > 1 && bytes < 1024 * 1024 ? [Buffer.concat(pieces, bytes)] : pieces;
}

class RecordsStore implements Store {
  private state!: RecordsState;
  private paths!: RecordsPaths;
  private journal: AppendOnlyFile | null = null;
  private generation = 0;
  private snapshotBytes = 0;
  private readonly cache = new DocCache<TraineeDoc>();
  private checkpointDocs = new Map<string, TraineeDoc | null>();
  private checkpointEvents = new Map<string, HistoryEvent[]>();
  private pending: PendingChange[] = [];
  private inFlight: PendingChange[] = [];
  private applyQueue: Promise<unknown> = Promise.resolve();
  private flushing: Promise<void> | null = null;
  private checkpointRunning: Promise<void> | null = null;
  private checkpointWanted = false;
  private readonly hold = new FileHold();
  private epoch = 0;
  private lastFailure: unknown = null;
  private nextSeq = 1;
  private closed = false;
  private readonly listeners: (() => void)[] = [];
  private histories!: TraineeHistories;
  readonly setAside: string[] = [];
  journalBytesWritten = 0;
  migratedFrom: number | null = null;
  /** Where a read-only app built records it could not build in the data folder; removed on closing. */
  private scratchDir: string | null = null;

  constructor(
    readonly dataDir: string,
    private readOnlyReason: ReadOnlyReason | null,
    private readonly fs: WriteFs,
    private readonly checkpointBytes: number,
  ) {}

  /** Why changes are refused, or null while this app writes the records. */
  get readOnlyBecause(): string | null {
    return this.readOnlyReason && readOnlyWords(this.readOnlyReason);
  }

  get readOnly(): ReadOnlyReason | null {
    return this.readOnlyReason;
  }

  /** From now on refuse changes (another app has taken the data folder over); what was saved stays. */
  stopWriting(reason: ReadOnlyReason): void {
    this.readOnlyReason ??= reason;
  }

  async load(opened: OpenedRecords): Promise<void> {
    const state = new RecordsState(opened.snapshot, frameworkIdOf);
    for (const journal of opened.journals) for (const record of journal.records) state.apply(record);
    this.state = state;
    this.paths = opened.paths;
    this.migratedFrom = opened.migratedFrom;
    this.scratchDir = opened.scratchDir ?? null;
    this.nextSeq = state.seq + 1;
    this.cache.clear();
    this.checkpointDocs = new Map();
    this.checkpointEvents = new Map();
    this.snapshotBytes = JSON.stringify(opened.snapshot).length;
    const last = opened.journals.at(-1);
    this.generation = last?.generation ?? opened.snapshot.generation;
    this.histories = new TraineeHistories(
      this.paths,
      (id) => this.memoryEvents(id),
      () => this.readOnlyBecause === null && !this.closed,
      (id) => this.docOnDisk(id),
    );
    if (this.readOnlyBecause === null) {
      this.journal = await AppendOnlyFile.open(this.paths.journal(this.generation), last?.goodBytes ?? 0, this.fs);
      if (this.journal.setAsideAs !== null) {
        this.noteSetAside(
          `The last change in the journal was cut short when Trainplan stopped (it had not been confirmed as saved); its bytes were set aside as ${this.journal.setAsideAs}.`,
        );
      }
    }
    await fillDerivedFields(
      this.state.index,
      (id, entry) => this.state.setEntry(id, entry),
      (id) => this.doc(id),
    );
  }

  // ---- reads: committed records only ----

  settings(): Settings {
    return this.state.settings;
  }

  frameworks(): ImportedFramework[] {
    return [...this.state.frameworks.values()];
  }

  entries(): IterableIterator<IndexEntry> {
    return this.state.index.values();
  }

  entry(id: string): IndexEntry | undefined {
    return this.state.index.get(id);
  }

  planOwner(planId: string): string | undefined {
    return this.state.planOwners.get(planId);
  }

  async doc(id: string): Promise<TraineeDoc | undefined> {
    for (const map of [this.state.journalDocs, this.checkpointDocs]) {
      if (map.has(id)) return map.get(id) ?? undefined;
    }
    if (!this.state.index.has(id)) return undefined;
    const cached = this.cache.get(id);
    if (cached) return cached;
    const doc = await this.readDocFile(id);
    if (!doc) throw damagedTrainee(new DataFileError('invalid', this.paths.traineeDoc(id), 'it is missing.'));
    // A checkpoint may have replaced the file while it was read; only a still-current read is cached.
    if (!this.state.journalDocs.has(id) && !this.checkpointDocs.has(id)) this.cache.set(id, doc);
    return doc;
  }

  /** A trainee's file as it is on disk, checked; null when there is none. */
  private readDocFile(id: string): Promise<TraineeDoc | null> {
    return readTraineeFile(this.paths, id, this.state.docsChecksummed, this.state.index.get(id)?.fullName);
  }

  /** What the trainee's file on disk says about where their history file ends, and their name. */
  private async docOnDisk(id: string): Promise<{ lastEventId: string | undefined; name: string | undefined } | null> {
    const inMemory = this.state.journalDocs.has(id) || this.checkpointDocs.has(id);
    const doc = (inMemory ? undefined : this.cache.get(id)) ?? (await this.readDocFile(id));
    return doc && { lastEventId: doc.lastEventId, name: this.state.index.get(id)?.fullName ?? doc.trainee.fullName };
  }

  /**
   * Reads a trainee's history. A checkpoint running meanwhile moves events from memory into the files,
   * and a read that looked at memory before and at the files after can see a history cut short: that is
   * only called damage once a second read, with the files held still, sees it too.
   */
  private async readHistory<T>(read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (!(error instanceof HistoryCut)) throw damagedTrainee(error);
    }
    this.pause();
    try {
      await this.checkpointRunning;
      return await read();
    } catch (error) {
      throw damagedTrainee(error);
    } finally {
      this.unpause();
    }
  }

  /** Events not yet in the history file: being checkpointed, then still in the journal (null: erased). */
  private memoryEvents(id: string): HistoryEvent[] | null {
    if (this.state.journalDocs.get(id) === null || this.checkpointDocs.get(id) === null) return null;
    return [...(this.checkpointEvents.get(id) ?? []), ...(this.state.journalEvents.get(id) ?? [])];
  }

  history(id: string): Promise<HistoryEvent[]> {
    return this.readHistory(() => this.histories.all(id));
  }

  historyView(id: string): Promise<HistoryView> {
    return this.readHistory(() => this.histories.view(id, damagedTrainee));
  }

  private noteSetAside(message: string): void {
    this.setAside.push(message);
    console.warn(message);
  }

  // ---- changes ----

  private refuseIfReadOnly(): void {
    if (this.readOnlyReason !== null) {
      // Only when another app holds the folder is there a "there" to close.
      const there = heldElsewhere(this.readOnlyReason);
      throw new ApiError(
        'read_only',
        `Not saved: ${readOnlyWords(this.readOnlyReason)}.${there ? ' This window can only show records. Close Trainplan there, then restart this one to make changes.' : ''}`,
      );
    }
    if (this.closed) throw new ApiError('conflict', 'Not saved: Trainplan is closing.');
  }

  /** The records a new change builds on: committed, plus what is queued to be flushed. */
  private writerView(): WriterView {
    return queuedView(
      this.state,
      () => [...this.inFlight, ...this.pending].reverse().map((change) => change.record),
      (id) => this.doc(id),
    );
  }

  update<R>(change: (tx: Transaction) => R | Promise<R>): Promise<R> {
    const apply = async (): Promise<{ result: R; durable: Promise<void> }> => {
      this.refuseIfReadOnly();
      const epoch = this.epoch;
      const tx = new Transaction(this.writerView());
      const result = await change(tx);
      // A flush failed while this change was being made: it may build on changes that were undone.
      if (epoch !== this.epoch) throw this.lastFailure;
      // A big change is checked and encoded a slice at a time; reads are answered from the committed
      // records meanwhile, and other changes wait in the queue behind this one as before.
      const record = await tx.toRecord(this.nextSeq);
      if (!record) return { result, durable: Promise.resolve() };
      const line = await encodeLineInSlices(record);
      if (epoch !== this.epoch) throw this.lastFailure;
      this.nextSeq += 1;
      const durable = new Promise<void>((resolve, reject) => this.pending.push({ record, line, resolve, reject }));
      durable.catch(() => undefined);
      this.startFlushing();
      return { result, durable };
    };
    const applied = this.applyQueue.then(apply, apply);
    this.applyQueue = applied.catch(() => undefined);
    return applied.then(async ({ result, durable }) => {
      await durable;
      return result;
    });
  }

  /** Journal appends and rotations happen only in this one loop, so a rotation never races an append. */
  private startFlushing(): void {
    if (this.flushing) return;
    this.flushing = this.flushLoop().finally(() => {
      this.flushing = null;
      if (this.pending.length > 0) this.startFlushing();
    });
  }

  private async flushed(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Group commit: whatever has queued while the last flush ran is written and flushed as one append. */
  private async flushLoop(): Promise<void> {
    while (this.pending.length > 0) {
      const journal = this.journal;
      if (!journal) return;
      this.inFlight = this.pending;
      this.pending = [];
      const pieces = oneWriteWhenSmall(this.inFlight.flatMap((change) => change.line));
      try {
        await journal.append(pieces);
      } catch (error) {
        // Everything not yet durable is undone, including changes made on top of the failed ones.
        const failed = [...this.inFlight, ...this.pending];
        this.inFlight = [];
        this.pending = [];
        this.epoch += 1;
        this.lastFailure = error;
        // The numbers of the undone changes are given again, so the journal's numbering has no gap.
        this.nextSeq = this.state.seq + 1;
        for (const change of failed) change.reject(error);
        continue;
      }
      this.journalBytesWritten += pieces.reduce((sum, piece) => sum + piece.length, 0);
      const done = this.inFlight;
      // A big record is applied to a copy of the index a slice at a time, then put in place at once.
      for (const change of done) (await this.state.prepareApply(change.record))();
      this.inFlight = [];
      if (done.some((c) => c.record.docs?.some((d) => d.doc === null))) this.checkpointWanted = true;
      for (const change of done) change.resolve();
      for (const listener of this.listeners) listener();
      await this.rotateIfDue();
    }
    await this.rotateIfDue();
  }

  private async rotateIfDue(): Promise<void> {
    const journal = this.journal;
    if (!journal || this.checkpointRunning || this.hold.held) return;
    const due = journal.bytes >= Math.max(this.checkpointBytes, this.snapshotBytes);
    if (!due && !(this.checkpointWanted && this.hasUncheckpointed())) return;
    this.checkpointWanted = false;
    const oldGeneration = this.generation;
    const next = await AppendOnlyFile.open(this.paths.journal(oldGeneration + 1), 0, this.fs);
    await syncFolder(this.paths.dir, this.fs);
    this.journal = next;
    this.generation = oldGeneration + 1;
    const docs = this.state.journalDocs;
    const events = this.state.journalEvents;
    this.state.journalDocs = new Map();
    this.state.journalEvents = new Map();
    this.checkpointDocs = docs;
    this.checkpointEvents = events;
    const snapshot = this.state.snapshot(this.generation);
    this.checkpointRunning = this.finishCheckpoint(journal, oldGeneration, docs, events, snapshot).finally(() => {
      this.checkpointRunning = null;
    });
  }

  private async finishCheckpoint(
    oldJournal: AppendOnlyFile,
    oldGeneration: number,
    docs: Map<string, TraineeDoc | null>,
    events: Map<string, HistoryEvent[]>,
    snapshot: ReturnType<RecordsState['snapshot']>,
  ): Promise<void> {
    try {
      const written = await writeCheckpoint(this.paths, docs, events, snapshot, this.fs);
      this.snapshotBytes = written.snapshotBytes;
      for (const file of written.setAside) {
        this.noteSetAside(
          `An incomplete line at the end of a trainee's history (a save cut short; its events were still in the journal and are saved again) was set aside as ${file}.`,
        );
      }
      await oldJournal.close();
      await unlink(this.paths.journal(oldGeneration)).catch(() => undefined);
      for (const [id, doc] of docs) {
        if (doc) this.cache.set(id, doc);
        else this.cache.delete(id);
      }
    } catch (error) {
      // Nothing is lost: the old journal stays on disk and its changes go back into memory for the next try.
      await oldJournal.close().catch(() => undefined);
      for (const [id, doc] of docs) if (!this.state.journalDocs.has(id)) this.state.journalDocs.set(id, doc);
      for (const [id, list] of events) {
        this.state.journalEvents.set(id, [...list, ...(this.state.journalEvents.get(id) ?? [])]);
      }
      console.error('Checkpoint failed; it will be tried again:', error);
    } finally {
      this.checkpointDocs = new Map();
      this.checkpointEvents = new Map();
    }
  }

  async checkpoint(): Promise<void> {
    if (this.readOnlyBecause !== null) return;
    await this.applyQueue;
    // A backup may hold the files still, or a flush may be running: wait until a rotation has happened.
    for (;;) {
      await this.flushed();
      await this.checkpointRunning;
      await this.hold.free();
      if (!this.hasUncheckpointed()) return;
      const generation = this.generation;
      this.checkpointWanted = true;
      this.startFlushing();
      await this.flushed();
      if (this.generation !== generation) {
        await this.checkpointRunning;
        return;
      }
    }
  }

  private hasUncheckpointed(): boolean {
    return (this.journal?.bytes ?? 0) > 0 || this.state.journalDocs.size > 0 || this.state.journalEvents.size > 0;
  }

  private pause(): void {
    this.hold.take();
  }

  /** A journal that grew while the files were held is checkpointed once the last holder lets go. */
  private unpause(): void {
    if (this.hold.letGo() && this.journal && this.journal.bytes > 0) this.startFlushing();
  }

  async withStableFiles<R>(use: (view: StableView) => Promise<R>): Promise<R> {
    this.pause();
    try {
      await this.checkpointRunning;
      const docs = new Map(this.checkpointDocs);
      for (const [id, doc] of this.state.journalDocs) docs.set(id, doc);
      const events = new Map<string, HistoryEvent[]>();
      for (const map of [this.checkpointEvents, this.state.journalEvents]) {
        for (const [id, list] of map) events.set(id, [...(events.get(id) ?? []), ...list]);
      }
      return await use({
        paths: this.paths,
        settings: this.state.settings,
        frameworks: this.frameworks(),
        entries: [...this.state.index.values()],
        docs,
        events,
        docsChecksummed: this.state.docsChecksummed,
      });
    } finally {
      this.unpause();
    }
  }

  replaceAll(build: (dataDir: string) => Promise<string>): Promise<void> {
    const replace = async (): Promise<void> => {
      this.refuseIfReadOnly();
      await this.flushed();
      this.pause();
      try {
        await this.checkpointRunning;
        const name = await build(this.dataDir);
        const replaced = this.paths.dir;
        await switchManifest(this.dataDir, name, this.fs);
        await this.journal?.close();
        this.journal = null;
        const opened = await openRecords(this.dataDir, {
          writable: true,
          fs: this.fs,
          statementTextOf: () => undefined,
        });
        await this.load(opened);
        this.epoch += 1;
        // The replaced records are in the backup made before every restore and import.
        void rm(replaced, { recursive: true, force: true }).catch(() => undefined);
      } finally {
        this.unpause();
      }
      for (const listener of this.listeners) listener();
    };
    const done = this.applyQueue.then(replace, replace);
    this.applyQueue = done.catch(() => undefined);
    return done;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.applyQueue;
    await this.flushed();
    await this.checkpointRunning;
    await this.journal?.close();
    this.journal = null;
    if (this.scratchDir !== null) await rm(this.scratchDir, { recursive: true, force: true });
  }
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const fs = options.fs ?? realFs;
  const readOnlyBecause = options.readOnlyBecause ?? null;
  await mkdir(options.dataDir, { recursive: true });
  const opened = await openRecords(options.dataDir, {
    writable: readOnlyBecause === null,
    fs,
    statementTextOf: options.statementTextOf ?? (() => undefined),
    ...(options.now ? { now: options.now } : {}),
  });
  const store = new RecordsStore(
    options.dataDir,
    readOnlyBecause,
    fs,
    options.checkpointBytes ?? DEFAULT_CHECKPOINT_BYTES,
  );
  await store.load(opened);
  if (readOnlyBecause === null) {
    const current = opened.paths.dir.split(/[\\/]/).pop() ?? '';
    await removeUnfinishedRecordsFolders(options.dataDir, current);
  }
  return store;
}
