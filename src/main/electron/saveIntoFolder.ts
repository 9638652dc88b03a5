import * as nodeFs from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder, tempFileFor, type WriteFs } from '../store/durableWrite';

/** The file operations saving into a folder needs; injectable so tests can take hard links away. */
export type FolderFs = WriteFs & { link: typeof nodeFs.link; readdir: (folder: string) => Promise<string[]> };

export const realFolderFs: FolderFs = {
  open: nodeFs.open,
  rename: nodeFs.rename,
  unlink: nodeFs.unlink,
  link: nodeFs.link,
  readdir: (folder) => nodeFs.readdir(folder),
};

export interface NamedBytes {
  /** The name wanted, extension included ("Ana Silva.pdf"); it must already be safe as a file name. */
  fileName: string;
  bytes: Uint8Array;
}

/** Thrown when a file cannot be written: the files saved before it stay, and the caller says so. */
export class FolderSaveError extends Error {
  constructor(
    readonly saved: string[],
    /** The file that could not be written, or null when all were written and finishing (the folder's fsync) failed. */
    readonly failedName: string | null,
    readonly reason: unknown,
  ) {
    super(failedName ? `Could not save ${failedName}` : 'Could not finish saving');
    this.name = 'FolderSaveError';
  }
}

const MAX_NUMBER = 9999;
// Filesystems without hard links (FAT and exFAT drives, some network shares) answer link() with one of these.
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? '';
}

/** Windows and macOS folders ignore case, so "ana silva.pdf" and "Ana Silva.pdf" are one name there. */
function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** "Ana Silva.pdf", "Ana Silva (2).pdf", "Ana Silva (3).pdf" … */
export function* candidateNames(fileName: string): Generator<string> {
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot) : '';
  yield fileName;
  for (let n = 2; n <= MAX_NUMBER; n += 1) yield `${stem} (${String(n)})${extension}`;
}

/** Writes the bytes to a temp file beside the target and makes them durable (fsync) before any name points at them. */
async function writeTemp(folder: string, bytes: Uint8Array, fs: FolderFs): Promise<string> {
  const temp = tempFileFor(join(folder, 'trainplan-save'));
  // 0o666 (less the umask), not the data folder's 0o600: these are files to share, like any saved document.
  const handle = await fs.open(temp, 'wx', 0o666);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/** Whether names can be hard links in this folder; learned from the first attempt. */
interface LinkMode {
  hardLinks: boolean;
}

/**
 * Gives the temp file's content the name `target` unless that name exists (then false). A hard link
 * fails when the name exists, so even a file that appears while we work is never replaced, as a rename
 * would replace it. Where there are no hard links, the name is first taken by creating it exclusively,
 * then the temp file is renamed over that empty file (a crash in between leaves an empty file, never a
 * replaced one).
 */
async function placeIfFree(temp: string, target: string, fs: FolderFs, mode: LinkMode): Promise<boolean> {
  try {
    if (mode.hardLinks) {
      await fs.link(temp, target);
    } else {
      await (await fs.open(target, 'wx', 0o666)).close();
      await fs.rename(temp, target);
    }
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    if (!mode.hardLinks || !NO_HARD_LINKS.has(codeOf(error))) throw error;
    mode.hardLinks = false;
    return placeIfFree(temp, target, fs, mode);
  }
}

async function claimName(
  temp: string,
  folder: string,
  fileName: string,
  taken: Set<string>,
  fs: FolderFs,
  mode: LinkMode,
) {
  for (const name of candidateNames(fileName)) {
    if (taken.has(nameKey(name))) continue;
    if (await placeIfFree(temp, join(folder, name), fs, mode)) {
      taken.add(nameKey(name));
      return name;
    }
  }
  throw Object.assign(new Error(`Every name from ${fileName} to number ${String(MAX_NUMBER)} is taken.`), {
    code: 'EEXIST',
  });
}

/**
 * Saves each file into `folder` under a name no other file has: neither one already there nor another
 * of this save (two trainees called "Ana Silva" give "Ana Silva.pdf" and "Ana Silva (2).pdf"). Each file
 * is complete on disk (temp file, fsync) before its name appears; the folder is synced once at the end.
 * Returns the names used, in order.
 */
export async function saveIntoFolder(
  folder: string,
  files: readonly NamedBytes[],
  fs: FolderFs = realFolderFs,
): Promise<string[]> {
  // Names already there count whatever their case, so that the folder stays usable on Windows and macOS;
  // the hard link below still refuses a name that appears after this look.
  const taken = new Set((await fs.readdir(folder)).map(nameKey));
  const mode: LinkMode = { hardLinks: true };
  const saved: string[] = [];
  for (const file of files) {
    let temp: string | null = null;
    try {
      temp = await writeTemp(folder, file.bytes, fs);
      saved.push(await claimName(temp, folder, file.fileName, taken, fs, mode));
    } catch (error) {
      throw new FolderSaveError(saved, file.fileName, error);
    } finally {
      // After a hard link the temp file is a second name for the saved file; after a rename it is gone.
      if (temp) await fs.unlink(temp).catch(() => undefined);
    }
  }
  try {
    await syncFolder(folder, fs);
  } catch (error) {
    throw new FolderSaveError(saved, null, error);
  }
  return saved;
}
