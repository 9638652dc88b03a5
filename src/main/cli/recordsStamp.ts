import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { manifestFile } from '../store/records/openRecords';

/**
 * Which records a data folder holds at this moment: the manifest and its records folder's index.json
 * (a checkpoint replaces it by renaming). Equal stamps taken before and after reading the records
 * mean no checkpoint of the app's ran in between, so the index and journals read belong together.
 */
export async function recordsStamp(dataDir: string): Promise<string> {
  const manifest = await readFile(manifestFile(dataDir), 'utf8').catch(() => '');
  let folder: unknown;
  try {
    folder = (JSON.parse(manifest) as { records?: unknown }).records;
  } catch {
    return manifest;
  }
  if (typeof folder !== 'string') return manifest;
  const index = await stat(join(dataDir, folder, 'index.json')).catch(() => null);
  return `${manifest}|${index ? `${String(index.ino)} ${String(index.mtimeMs)} ${String(index.size)}` : 'none'}`;
}
