import { link, mkdtemp, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SETTINGS } from '../../../shared/settings/settings';
import { DATA_FILE_NAME } from '../dataDir';
import { DataFileError } from '../dataFileError';
import { realFs, removeLeftoverTempFiles, writeFileDurably, type WriteFs } from '../durableWrite';
import { buildFromV2, type StatementTextOf } from '../legacy/fromV2';
import { decodeV2File } from '../legacy/v2Codec';
import { requireChecksum } from './checksummedDocument';
import { decodeLines } from './checksummedLines';
import { INCOMPLETE_MARK, newRecordsFolderName, RecordsBuilder } from './recordsBuilder';
import { parseJsonText, readTextFile, recordsPaths, type RecordsPaths } from './recordsFiles';
import {
  journalRecordSchema,
  manifestSchema,
  RECORDS_SCHEMA_VERSION,
  snapshotSchema,
  type JournalRecord,
  type Manifest,
  type Snapshot,
} from './recordsSchema';

export interface JournalFile {
  generation: number;
  records: JournalRecord[];
  goodBytes: number;
}

export interface OpenedRecords {
  paths: RecordsPaths;
  snapshot: Snapshot;
  /** Journals to replay over the snapshot, oldest first. */
  journals: JournalFile[];
  /** The data format the folder was migrated from on this start, or null. */
  migratedFrom: number | null;
  /**
   * A read-only app given records that must be built first (a one-file data folder, or none) builds
   * them in a temporary folder, never in the data folder: that folder, to remove on closing.
   */
  scratchDir?: string;
}

export interface OpenRecordsOptions {
  writable: boolean;
  fs?: WriteFs;
  statementTextOf: StatementTextOf;
  now?: () => Date;
}

const JOURNAL_NAME = /^journal-(\d{6})\.jsonl$/;

export function manifestFile(dataDir: string): string {
  return join(dataDir, DATA_FILE_NAME);
}

/** Makes `folderName` the current records folder: one atomic rename, after everything in it is on disk. */
export async function switchManifest(dataDir: string, folderName: string, fs: WriteFs = realFs): Promise<void> {
  const manifest: Manifest = { schemaVersion: RECORDS_SCHEMA_VERSION, records: folderName };
  await writeFileDurably(manifestFile(dataDir), `${JSON.stringify(manifest, null, 2)}\n`, fs);
}

function newerVersion(file: string, version: number): DataFileError {
  return new DataFileError(
    'newer_version',
    file,
    `it was written by a newer version of Trainplan (data format ${String(version)}; this version reads up to ${String(RECORDS_SCHEMA_VERSION)}). Update Trainplan on this computer to open it.`,
  );
}

async function readJournal(file: string, generation: number, last: boolean): Promise<JournalFile> {
  const text = (await readTextFile(file)) ?? '';
  const decoded = decodeLines(text);
  if (decoded.damagedLines > 0) {
    throw new DataFileError(
      'invalid',
      file,
      decoded.damagedLines === 1
        ? 'one of its changes is damaged (it does not match its checksum).'
        : `${String(decoded.damagedLines)} of its changes are damaged (they do not match their checksums).`,
    );
  }
  // Only the journal being written when Trainplan stopped can end in a change cut short.
  if (decoded.tornTail && !last) {
    throw new DataFileError(
      'invalid',
      file,
      'its last change is incomplete, though later changes were saved after it.',
    );
  }
  const records = decoded.records.map((record, i) => {
    const parsed = journalRecordSchema.safeParse(record);
    if (!parsed.success) throw new DataFileError('invalid', file, `change ${String(i + 1)} is damaged.`);
    return parsed.data;
  });
  return { generation, records, goodBytes: decoded.goodBytes };
}

/**
 * Changes are numbered one after another from the snapshot on: a number skipped means a change was
 * cut out of a journal, which a crash never does. Snapshots written before they held the number start
 * the count at the journal's first change.
 */
function checkSequence(journals: readonly JournalFile[], paths: RecordsPaths, snapshotSeq: number | undefined): void {
  let expected = snapshotSeq === undefined ? null : snapshotSeq + 1;
  for (const journal of journals) {
    for (const record of journal.records) {
      if (expected !== null && record.seq !== expected) {
        const missing = record.seq - expected;
        throw new DataFileError(
          'invalid',
          paths.journal(journal.generation),
          missing > 0
            ? `${String(missing)} ${missing === 1 ? 'change is' : 'changes are'} missing from it (changes ${String(expected)} to ${String(record.seq - 1)}).`
            : `its changes are out of order (change ${String(record.seq)} comes where ${String(expected)} belongs).`,
        );
      }
      expected = record.seq + 1;
    }
  }
}

async function removeTempFilesIn(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith('.') && name.endsWith('.tmp'))
      .map((name) => unlink(join(folder, name)).catch(() => undefined)),
  );
}

async function openCurrent(dataDir: string, manifest: Manifest, writable: boolean): Promise<OpenedRecords> {
  const paths = recordsPaths(join(dataDir, manifest.records));
  const indexText = await readTextFile(paths.index);
  if (indexText === null) {
    throw new DataFileError('invalid', paths.index, `the records folder ${manifest.records} has no index.json.`);
  }
  const snapshot = parseJsonText(paths.index, indexText, snapshotSchema);
  // `seq` came with checksums: an index.json that holds it was written with one.
  if (snapshot.seq !== undefined) requireChecksum(paths.index, indexText);
  const journals: JournalFile[] = [];
  const current: number[] = [];
  for (const name of (await readdir(paths.dir)).sort()) {
    const generation = Number(JOURNAL_NAME.exec(name)?.[1] ?? -1);
    if (generation < 0) continue;
    // Journals older than the snapshot were checkpointed already; a crash kept them from being deleted.
    if (generation < snapshot.generation) {
      if (writable) await unlink(join(paths.dir, name)).catch(() => undefined);
      continue;
    }
    current.push(generation);
  }
  for (const [i, generation] of current.entries()) {
    journals.push(await readJournal(paths.journal(generation), generation, i === current.length - 1));
  }
  checkSequence(journals, paths, snapshot.seq);
  if (writable) {
    // Temp files of a checkpoint a crash cut short: never the only copy of anything (the journal is).
    await removeLeftoverTempFiles(paths.index);
    await removeTempFilesIn(paths.trainees);
    await removeTempFilesIn(paths.history);
  }
  return { paths, snapshot, journals, migratedFrom: null };
}

/** A second name for the old file's bytes (a hard link: nothing copied), or a flushed copy where links are not allowed. */
async function keepOldFile(file: string, keptAs: string, fs: WriteFs): Promise<void> {
  await unlink(keptAs).catch(() => undefined);
  try {
    await link(file, keptAs);
  } catch {
    await writeFileDurably(keptAs, await readFile(file), fs);
  }
}

/**
 * Removes records folders a crash left half-built (they still hold their `.incomplete` mark). A
 * complete folder that nothing refers to is kept: it may be the records of a damaged manifest.
 */
export async function removeUnfinishedRecordsFolders(dataDir: string, current: string): Promise<void> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  for (const name of names) {
    if (!/^records-[A-Za-z0-9-]+$/.test(name) || name === current) continue;
    const folder = join(dataDir, name);
    const unfinished = await readFile(join(folder, INCOMPLETE_MARK)).then(
      () => true,
      () => false,
    );
    if (unfinished) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Finds the current records in a data folder: a records folder named by trainplan.json; a
 * trainplan.json from Trainplan's one-file days, migrated (its bytes kept as trainplan.json.before-v3);
 * or nothing yet, in which case the writer creates an empty records folder.
 */
export async function openRecords(dataDir: string, options: OpenRecordsOptions): Promise<OpenedRecords> {
  const fs = options.fs ?? realFs;
  const now = options.now ?? (() => new Date());
  const file = manifestFile(dataDir);
  const text = await readTextFile(file);
  if (text === null) {
    // A second, read-only app never creates anything in the folder: it gets an empty folder elsewhere.
    const target = options.writable ? dataDir : await mkdtemp(join(tmpdir(), 'trainplan-view-'));
    const builder = await RecordsBuilder.create(target, newRecordsFolderName(now()), fs);
    const snapshot = await builder.finish({ ...DEFAULT_SETTINGS }, []);
    if (options.writable) await switchManifest(dataDir, builder.paths.dir.split(/[\\/]/).pop() ?? '', fs);
    return {
      paths: builder.paths,
      snapshot,
      journals: [],
      migratedFrom: null,
      ...(options.writable ? {} : { scratchDir: target }),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    json = undefined;
  }
  const version = (json as { schemaVersion?: unknown } | undefined)?.schemaVersion;
  if (typeof version === 'number' && version > RECORDS_SCHEMA_VERSION) throw newerVersion(file, version);
  if (version === RECORDS_SCHEMA_VERSION) {
    const manifest = parseJsonText(file, text, manifestSchema);
    return openCurrent(dataDir, manifest, options.writable);
  }

  // Format 1 or 2 (or damage, which decodeV2File names): migrate into a new records folder.
  const { data, fileVersion } = decodeV2File(file, text);
  const target = options.writable ? dataDir : await mkdtemp(join(tmpdir(), 'trainplan-view-'));
  const name = newRecordsFolderName(now());
  const builder = await RecordsBuilder.create(target, name, fs);
  let snapshot: Snapshot;
  try {
    snapshot = await buildFromV2(builder, data, options.statementTextOf);
  } catch (error) {
    await builder.abandon();
    throw error;
  }
  if (options.writable) {
    // The old file stays byte for byte, under a name older Trainplans do not open by themselves.
    await keepOldFile(file, `${file}.before-v${String(RECORDS_SCHEMA_VERSION)}`, fs);
    await switchManifest(dataDir, name, fs);
  }
  return {
    paths: builder.paths,
    snapshot,
    journals: [],
    migratedFrom: fileVersion,
    ...(options.writable ? {} : { scratchDir: target }),
  };
}
