import type * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';

/** A start-up problem with the data folder, said so that the person starting Trainplan can fix it. */
export class DataFolderError extends Error {}

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? '';

/** Why the folder could not be made, in words. ENOENT is what a read-only or unplugged drive gives Node's mkdir. */
const CANNOT_MAKE: Record<string, string> = {
  ENOENT: 'its drive is read-only or not there',
  EROFS: 'its drive is read-only or not there',
  EACCES: 'Trainplan is not allowed to write there',
  EPERM: 'Trainplan is not allowed to write there',
  ENOTDIR: 'part of its path is a file, not a folder',
  EEXIST: 'a file of that name is in the way',
  ENOSPC: 'the disk is full',
};

/** A data folder that does not exist and cannot be made: there is nothing to open, even read-only. */
export function folderCannotBeMade(dataDir: string, error: unknown): Error {
  const why = CANNOT_MAKE[codeOf(error)];
  if (!why) return error instanceof Error ? error : new Error(String(error));
  return new DataFolderError(
    `The data folder “${dataDir}” does not exist and Trainplan cannot create it (${why}). Create the folder, or choose another with --data-dir, then start Trainplan again.`,
  );
}

/**
 * A lock file that is a folder (made by hand, or by a sync tool) cannot be read or replaced; Node says only
 * "EISDIR: illegal operation on a directory". Names whichever of the lock files it is.
 */
export async function lockIsAFolder(
  dataDir: string,
  names: readonly string[],
  stat: typeof nodeFs.stat,
): Promise<Error | null> {
  for (const name of names) {
    const path = join(dataDir, name);
    const isFolder = await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isFolder) {
      return new DataFolderError(
        `“${path}” is a folder, but Trainplan keeps its lock file there. Move or delete that folder, then start Trainplan again.`,
      );
    }
  }
  return null;
}
