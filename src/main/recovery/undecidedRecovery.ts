import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FoundRecords } from '../../shared/api/appTypes';
import { manifestFile } from '../store/records/openRecords';
import { INCOMPLETE_MARK } from '../store/records/recordsBuilder';
import { parseJsonText, readTextFile } from '../store/records/recordsFiles';
import { snapshotSchema } from '../store/records/recordsSchema';

const RECORDS_FOLDER = /^records-[A-Za-z0-9-]+$/;
const MOVED_MANIFEST = /^trainplan\.json\.corrupt-/;

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
    // An empty folder (a start cut short before trainplan.json named it) is nothing to offer.
    if (snapshot.trainees.length === 0 && snapshot.frameworks.length === 0) return null;
    return {
      folder,
      traineeCount: snapshot.trainees.length,
      savedAt: (await stat(index)).mtime.toISOString(),
    };
  } catch {
    return null;
  }
}

/**
 * Records the user has not yet said what to do with, found before anything is opened. Without this, a
 * start after "Quit" on the recovery screen (or after trainplan.json was deleted) finds no trainplan.json
 * and opens a new, empty records folder as if the folder were new, with no word of the records beside it.
 * Two signs: trainplan.json is missing and (1) a `trainplan.json.corrupt-…` that an earlier start moved
 * aside is there, or (2) complete records folders are there. Null when trainplan.json exists or neither is.
 */
export async function undecidedRecovery(dataDir: string): Promise<UndecidedRecovery | null> {
  if ((await readTextFile(manifestFile(dataDir)).catch(() => '')) !== null) return null;
  const names = (await readdir(dataDir).catch(() => [] as string[])).sort();
  const moved = names.filter((name) => MOVED_MANIFEST.test(name)).at(-1);
  const found: FoundRecords[] = [];
  for (const name of names.filter((n) => RECORDS_FOLDER.test(n)).reverse()) {
    const described = await describeFolder(dataDir, name);
    if (described) found.push(described);
  }
  if (!moved && found.length === 0) return null;
  const movedTo = moved ? join(dataDir, moved) : null;
  const problem = moved
    ? 'it could not be used the last time Trainplan started, and Trainplan was closed before you chose how to recover your records.'
    : 'trainplan.json is missing, but the data folder holds records.';
  return { problem, movedTo, foundRecords: found };
}
