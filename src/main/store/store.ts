import { readFile, mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { produce, setAutoFreeze } from 'immer';
import { Low, type Adapter } from 'lowdb';
import { ApiError } from '../../shared/api/errors';
import { DATA_FILE_NAME } from './dataDir';
import { DataFileError } from './dataFileError';
import { decodeDataFile, encodeDataFile } from './dataFileCodec';
import { realFs, removeLeftoverTempFiles, writeFileDurably, type WriteFs } from './durableWrite';
import { validateChanges } from './validateChanges';
import { CURRENT_SCHEMA_VERSION, emptyStoreData, type StoreData } from './storeSchema';

// Freezing would walk every record after each change; the store hands out read-only views by contract.
setAutoFreeze(false);

/** lowdb adapter: validated reads, durable atomic writes. */
class DurableJsonAdapter implements Adapter<StoreData> {
  constructor(
    readonly file: string,
    private readonly fs: WriteFs,
    private readonly mayWrite: boolean,
  ) {}

  async read(): Promise<StoreData | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new DataFileError('unreadable', this.file, `it cannot be read (${(error as Error).message}).`);
    }
    const { data, fileVersion } = decodeDataFile(this.file, text);
    if (fileVersion < CURRENT_SCHEMA_VERSION && this.mayWrite) {
      // Keep the file as the older version wrote it before anything newer replaces it.
      await copyFile(this.file, `${this.file}.before-v${CURRENT_SCHEMA_VERSION}`);
    }
    return data;
  }

  async write(data: StoreData): Promise<void> {
    await writeFileDurably(this.file, encodeDataFile(data), this.fs);
  }
}

export interface Store {
  readonly file: string;
  /** Why this store refuses changes (another Trainplan holds the folder), or null when it is the writer. */
  readonly readOnlyBecause: string | null;
  /** The current records. Treat as read-only: change them only through update(). */
  read(): Readonly<StoreData>;
  /**
   * Applies `change` to a draft of the records, validates what changed and writes it durably.
   * Only then does the new state become visible; if anything fails, nothing changes.
   * Updates run one at a time, in the order they were asked for. `change` must return plain
   * values, not the draft objects it was handed (those are gone once it returns).
   */
  update<R>(change: (draft: StoreData) => R): Promise<R>;
  /** Replaces all records at once (restoring a backup), through the same queue and durable write. */
  replaceAll(data: StoreData): Promise<void>;
  /** Called after each change is on disk (rolling backups listen here). */
  onChange(listener: () => void): void;
}

export interface OpenStoreOptions {
  dataDir: string;
  fs?: WriteFs;
  /** Set when another Trainplan holds the data folder: says who, and every change is refused. */
  readOnlyBecause?: string | null;
}

export async function openStore({ dataDir, fs = realFs, readOnlyBecause = null }: OpenStoreOptions): Promise<Store> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, DATA_FILE_NAME);
  // A temp file may be the other app's write in progress: only the writer tidies up.
  if (readOnlyBecause === null) await removeLeftoverTempFiles(file);
  const adapter = new DurableJsonAdapter(file, fs, readOnlyBecause === null);
  const db = new Low<StoreData>(adapter, emptyStoreData());
  await db.read();

  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <R>(task: () => Promise<R>): Promise<R> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const listeners: (() => void)[] = [];
  const refuseIfReadOnly = (): void => {
    if (readOnlyBecause !== null) {
      throw new ApiError(
        'read_only',
        `Not saved: ${readOnlyBecause}. This window can only show records. Close Trainplan there, then restart this one to make changes.`,
      );
    }
  };
  return {
    file,
    read: () => db.data,
    readOnlyBecause,
    onChange: (listener) => listeners.push(listener),
    replaceAll: (data) =>
      enqueue(async () => {
        refuseIfReadOnly();
        await adapter.write(data);
        db.data = data;
        for (const listener of listeners) listener();
      }),
    update: <R>(change: (draft: StoreData) => R) =>
      enqueue(async () => {
        refuseIfReadOnly();
        // immer copies only what the change touches, so a tick costs the same with 10 or 10,000 trainees
        // (but for writing the file), and the current records stay untouched until the write succeeds.
        let result: R | undefined;
        const next = produce(db.data, (draft) => {
          result = change(draft);
        });
        validateChanges(db.data, next);
        await adapter.write(next);
        db.data = next;
        for (const listener of listeners) listener();
        return result as R;
      }),
  };
}
