import { readdir, stat, unlink } from 'node:fs/promises';
import { z } from 'zod';
import { join } from 'node:path';
import type { FoundRecords } from '../../shared/api/appTypes';
import { decodeLines } from '../store/records/checksummedLines';
import { writeFileDurably } from '../store/durableWrite';
import { manifestFile } from '../store/records/openRecords';
import { INCOMPLETE_MARK } from '../store/records/recordsBuilder';
import { parseJsonText, readTextFile } from '../store/records/recordsFiles';
import { snapshotSchema } from '../store/records/recordsSchema';

const RECORDS_FOLDER = /^records-[A-Za-z0-9-]+$/;
/** Written when records are moved aside, removed once the user has chosen: while it is there, they have not. */
const PENDING = 'recovery-pending.json';
const pendingSchema = z.object({ problem: z.string(), movedTo: z.string() });
const JOURNAL = /^journal-\d{6}\.jsonl$/;

export interface UndecidedRecovery {
  problem: string;
  movedTo: string | null;
  foundRecords: FoundRecords[];
}

/** A complete records folder (its index.json reads, no `.incomplete` mark), described; null otherwise. */
async function describeFolder(dataDir: string, folder: string): Promise<FoundRecords | null> {
  try {
    const dir = join(dataDir, folder);
    const names = await readdir(dir);
    if (names.includes(INCOMPLETE_MARK) || !names.includes('index.json')) return null;
    const index = join(dir, 'index.json');
    const text = await readTextFile(index);
    if (text === null) return null;
    const snapshot = parseJsonText(index, text, snapshotSchema);
    const trainees = new Set(snapshot.trainees.map((t) => t.id));
    let changed = false;
    let savedAt = (await stat(index)).mtime;
    // Changes since index.json are in the journals: counted, not applied (opening the folder replays them).
    for (const name of names.filter((n) => JOURNAL.test(n)).sort()) {
      const file = join(dir, name);
      for (const record of decodeLines((await readTextFile(file)) ?? '').records) {
        changed = true;
        for (const change of (record as { docs?: { id?: unknown; doc?: unknown }[] }).docs ?? []) {
          if (typeof change.id !== 'string') continue;
          if (change.doc === null) trainees.delete(change.id);
          else trainees.add(change.id);
        }
      }
      const modified = (await stat(file)).mtime;
      if (modified > savedAt) savedAt = modified;
    }
    // An empty folder (a start cut short before trainplan.json named it) is nothing to offer.
    if (trainees.size === 0 && snapshot.frameworks.length === 0 && !changed) return null;
    return { folder, traineeCount: trainees.size, savedAt: savedAt.toISOString() };
  } catch {
    return null;
  }
}

/** Notes that records were moved aside and the user has not chosen yet what to do (see undecidedRecovery). */
export async function notePendingRecovery(dataDir: string, problem: string, movedTo: string): Promise<void> {
  await writeFileDurably(join(dataDir, PENDING), `${JSON.stringify({ problem, movedTo })}\n`);
}

/** The user has chosen (a backup restored, found records opened, or an empty start). */
export async function clearPendingRecovery(dataDir: string): Promise<void> {
  await unlink(join(dataDir, PENDING)).catch(() => undefined);
}

async function pendingRecovery(dataDir: string): Promise<z.infer<typeof pendingSchema> | null> {
  try {
    const file = join(dataDir, PENDING);
    const text = await readTextFile(file);
    return text === null ? null : parseJsonText(file, text, pendingSchema);
  } catch {
    // A note that cannot be read still says a choice is pending; the moved file is named in the folder.
    return { problem: 'it could not be used.', movedTo: '' };
  }
}

/**
 * Records the user has not yet said what to do with, found before anything is opened. Without this, a
 * start after "Quit" on the recovery screen (or after trainplan.json was deleted) finds no trainplan.json
 * and opens a new, empty records folder as if the folder were new, with no word of the records beside it.
 * Two signs, when trainplan.json is missing: (1) the note an earlier start left when it moved records
 * aside, still there because no choice was made; (2) complete records folders. Null otherwise.
 */
export async function undecidedRecovery(dataDir: string): Promise<UndecidedRecovery | null> {
  if ((await readTextFile(manifestFile(dataDir)).catch(() => '')) !== null) return null;
  const names = (await readdir(dataDir).catch(() => [] as string[])).sort();
  const pending = await pendingRecovery(dataDir);
  const found: FoundRecords[] = [];
  for (const name of names.filter((n) => RECORDS_FOLDER.test(n)).reverse()) {
    const described = await describeFolder(dataDir, name);
    if (described) found.push(described);
  }
  if (!pending && found.length === 0) return null;
  const problem = pending
    ? `${pending.problem} This was found the last time Trainplan started, and it was closed before you chose how to recover your records.`
    : 'trainplan.json is missing, but the data folder holds records.';
  return { problem, movedTo: pending?.movedTo || null, foundRecords: found };
}
