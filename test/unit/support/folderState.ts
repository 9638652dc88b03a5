import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Every file of a data folder that holds records, with its bytes: the manifest, index, journals and
 * the trainees' files (the lock and the backups are left out). Two equal states mean nothing changed.
 */
export async function recordsState(dataDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.name === 'backups' || entry.name === 'trainplan.lock') continue;
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dataDir, path), (await readFile(path)).toString('base64'));
    }
  };
  await walk(dataDir);
  return files;
}
