import type { HistoryEvent } from '../../shared/history/historyEvent';
import type { Settings } from '../../shared/settings/settings';
import type { WriteFs } from './durableWrite';
import type { StatementTextOf } from './legacy/fromV2';
import type { RecordsPaths } from './records/recordsFiles';
import type { HistoryView } from './records/traineeHistories';
import type { ImportedFramework, IndexEntry, TraineeDoc } from './records/recordsSchema';
import type { Transaction } from './records/transaction';
import type { ReadOnlyReason } from './readOnly';

/** What the rest of the app may ask of the records store; store.ts is how it is done. */
/** A point-in-time view of the committed records whose files stay put while it is used (backups, export). */
export interface StableView {
  paths: RecordsPaths;
  settings: Settings;
  frameworks: ImportedFramework[];
  entries: IndexEntry[];
  /** Documents newer than their files (null: erased). */
  docs: ReadonlyMap<string, TraineeDoc | null>;
  /** Events not yet in the history files. */
  events: ReadonlyMap<string, readonly HistoryEvent[]>;
  /** Whether a trainee file without a checksum is damage here (see `Snapshot.docsChecksummed`). */
  docsChecksummed: boolean;
}

export interface Store {
  readonly dataDir: string;
  /** Why this store refuses changes (another Trainplan holds the folder), or null when it is the writer. */
  readonly readOnlyBecause: string | null;
  /** The same, for code to decide by: null while this app writes the records. */
  readonly readOnly: ReadOnlyReason | null;
  /** From now on refuse changes, saying why (another app has taken the data folder over). */
  stopWriting(reason: ReadOnlyReason): void;
  /** The data format the folder was migrated from when it opened, or null. */
  readonly migratedFrom: number | null;
  settings(): Settings;
  frameworks(): ImportedFramework[];
  /** Every trainee as the list needs them; reading it opens no file. */
  entries(): IterableIterator<IndexEntry>;
  entry(id: string): IndexEntry | undefined;
  planOwner(planId: string): string | undefined;
  /** One trainee's own records, read from their file when not in memory. */
  doc(id: string): Promise<TraineeDoc | undefined>;
  /** One trainee's history, oldest first. */
  history(id: string): Promise<HistoryEvent[]>;
  /** One trainee's history for paging: its tally and its events newest first, read from the end of the file. */
  historyView(id: string): Promise<HistoryView>;
  /**
   * Files set aside since opening because a write was cut short (an incomplete last line), each said
   * in words; nothing confirmed was in them. Anything else damaged stops and says so instead.
   */
  readonly setAside: readonly string[];
  /**
   * Runs `change` on a transaction and makes what it changed durable: one journal record, flushed
   * before the promise resolves. Changes are applied one at a time in the order asked; their records
   * are flushed together when they arrive together. If anything fails, nothing changes.
   */
  update<R>(change: (tx: Transaction) => R | Promise<R>): Promise<R>;
  /** Replaces every record at once with the records folder `build` writes (restore, import). */
  replaceAll(build: (dataDir: string) => Promise<string>): Promise<void>;
  /** Runs `use` with the files held still: no checkpoint rewrites them meanwhile. */
  withStableFiles<R>(use: (view: StableView) => Promise<R>): Promise<R>;
  /** Copies the journal into the trainees' files now, instead of when it has grown. */
  checkpoint(): Promise<void>;
  onChange(listener: () => void): void;
  /** Bytes appended to the journal since opening: what changes cost, pinned by tests. */
  readonly journalBytesWritten: number;
  /** Waits for queued changes and a running checkpoint, then closes the journal. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  dataDir: string;
  fs?: WriteFs;
  /** Set when another Trainplan holds the data folder: says who, and every change is refused. */
  readOnlyBecause?: ReadOnlyReason | null;
  /** Frameworks' wording, to migrate check-offs from a one-file data folder. */
  statementTextOf?: StatementTextOf;
  /** Checkpoint once the journal holds this many bytes, or as many as index.json if that is more. */
  checkpointBytes?: number;
  now?: () => Date;
}
