import { copyFile, mkdir, open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RecordsPaths } from './records/recordsFiles';

function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/**
 * Copies damaged trainees' files, byte for byte, into `<data folder>/set-aside-<time>/` (laid out as in a
 * records folder) before the records they are in are replaced or they are deleted. A backup cannot hold
 * a file it cannot read, so this is the only copy that keeps them; someone who can repair them by hand
 * still has them. Files that do not exist are skipped. Returns the folder.
 */
export async function setAsideTraineeFiles(
  dataDir: string,
  paths: RecordsPaths,
  ids: readonly string[],
  at: Date,
): Promise<string> {
  const folder = join(dataDir, `set-aside-${stamp(at)}`);
  for (const [from, sub] of [
    [(id: string) => paths.traineeDoc(id), 'trainees'],
    [(id: string) => paths.traineeHistory(id), 'history'],
  ] as const) {
    await mkdir(join(folder, sub), { recursive: true });
    for (const id of ids) {
      const file = from(id);
      const copy = join(folder, sub, basename(file));
      try {
        await copyFile(file, copy);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      // On disk before the records that held them go.
      const handle = await open(copy, 'r+');
      await handle.sync().finally(() => handle.close());
    }
  }
  return folder;
}
