import { mkdir, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import type { Settings } from '../../../shared/settings/settings';
import { realFs, syncFolder, writeFileDurably, type WriteFs } from '../durableWrite';
import { documentText } from './checksummedDocument';
import { CHAIN_START, encodeHistoryLines } from './historyLines';
import { recordsPaths, type RecordsPaths } from './recordsFiles';
import {
  historyEventSchema,
  indexEntryOf,
  RECORDS_SCHEMA_VERSION,
  traineeDocSchema,
  type ImportedFramework,
  type IndexEntry,
  type Snapshot,
  type TraineeDoc,
} from './recordsSchema';

const PARALLEL_WRITES = 16;
/** Present while a folder is being built; a folder that still has it after a crash is removed. */
export const INCOMPLETE_MARK = '.incomplete';

export function newRecordsFolderName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `records-${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Writes a complete records folder from scratch (a new data folder, a migration, a restore, an
 * import): trainees are added one at a time, so memory holds one trainee, not the whole data set.
 * Nothing refers to the folder until `finish` has flushed every file; the caller then switches the
 * manifest to it in one atomic rename.
 */
export class RecordsBuilder {
  readonly paths: RecordsPaths;
  private readonly entries: IndexEntry[] = [];
  private readonly seen = new Set<string>();
  private inFlight: Promise<void>[] = [];

  private constructor(
    dir: string,
    private readonly fs: WriteFs,
  ) {
    this.paths = recordsPaths(dir);
  }

  static async create(dataDir: string, name: string, fs: WriteFs = realFs): Promise<RecordsBuilder> {
    const builder = new RecordsBuilder(join(dataDir, name), fs);
    await mkdir(builder.paths.trainees, { recursive: true });
    await mkdir(builder.paths.history, { recursive: true });
    await writeFile(join(builder.paths.dir, INCOMPLETE_MARK), '');
    return builder;
  }

  get traineeCount(): number {
    return this.entries.length;
  }

  /** Validates and writes one trainee's document and history. */
  async addTrainee(doc: TraineeDoc, events: readonly HistoryEvent[]): Promise<void> {
    const parsed = traineeDocSchema.parse(doc);
    const last = events.at(-1);
    // Records from before the field (a one-file data folder, an older backup) name their last event now.
    const valid = parsed.lastEventId === undefined && last ? { ...parsed, lastEventId: last.id } : parsed;
    const id = valid.trainee.id;
    if (this.seen.has(id)) throw new Error(`Trainee ${id} appears twice.`);
    this.seen.add(id);
    const lines = encodeHistoryLines(
      events.map((event) => historyEventSchema.parse(event)),
      CHAIN_START,
    ).text;
    this.entries.push(indexEntryOf(valid));
    const write = async (): Promise<void> => {
      await writeFileDurably(this.paths.traineeDoc(id), documentText(valid), this.fs, { syncFolder: false });
      if (lines !== '') {
        await writeFileDurably(this.paths.traineeHistory(id), lines, this.fs, { syncFolder: false });
      }
    };
    this.inFlight.push(write());
    if (this.inFlight.length >= PARALLEL_WRITES) await this.drain();
  }

  private async drain(): Promise<void> {
    const batch = this.inFlight;
    this.inFlight = [];
    await Promise.all(batch);
  }

  /** Flushes everything, writes index.json last, and returns the snapshot it holds. */
  async finish(settings: Settings, frameworks: readonly ImportedFramework[]): Promise<Snapshot> {
    await this.drain();
    await syncFolder(this.paths.trainees, this.fs);
    await syncFolder(this.paths.history, this.fs);
    const snapshot: Snapshot = {
      schemaVersion: RECORDS_SCHEMA_VERSION,
      generation: 0,
      seq: 0,
      docsChecksummed: true,
      settings,
      frameworks: [...frameworks],
      trainees: this.entries,
    };
    await writeFileDurably(this.paths.index, documentText(snapshot), this.fs, { syncFolder: false });
    await unlink(join(this.paths.dir, INCOMPLETE_MARK));
    await syncFolder(this.paths.dir, this.fs);
    return snapshot;
  }

  /** Gives up: removes the half-built folder. */
  async abandon(): Promise<void> {
    await Promise.allSettled(this.inFlight);
    await rm(this.paths.dir, { recursive: true, force: true });
  }
}

/** Builds a complete records folder in `dataDir` and returns its name; a failure leaves nothing behind. */
export async function buildRecordsFolder(
  dataDir: string,
  at: Date,
  fill: (builder: RecordsBuilder) => Promise<Snapshot>,
  fs: WriteFs = realFs,
): Promise<string> {
  const name = newRecordsFolderName(at);
  const builder = await RecordsBuilder.create(dataDir, name, fs);
  try {
    await fill(builder);
  } catch (error) {
    await builder.abandon();
    throw error;
  }
  return name;
}
