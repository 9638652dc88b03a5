import { open, rename, stat, unlink } from 'node:fs/promises';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { FolderSaveError, saveIntoFolder, type NamedBytes } from '../electron/saveIntoFolder';
import { realFs, syncFolder, tempFileFor } from '../store/durableWrite';
import { badArguments, failed } from './cliErrors';

const WRITE_PROBLEMS: Record<string, string> = {
  EACCES: 'Trainplan is not allowed to write there',
  EPERM: 'Trainplan is not allowed to write there',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EISDIR: 'a folder has that name',
  ENAMETOOLONG: 'the name is too long',
};

function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return WRITE_PROBLEMS[code] ?? (error instanceof Error ? error.message : String(error));
}

async function kindOf(path: string): Promise<'file' | 'folder' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The command line never writes into the data folder, even when asked to: the app owns it. */
function refuseDataFolder(path: string, dataDir: string): void {
  if (isInside(path, dataDir)) {
    throw badArguments(`Choose a place outside the data folder for --out: ${dataDir} belongs to Trainplan.`);
  }
}

/** --out for a single file: its folder must exist, and the name must not be a folder. */
export async function outFile(cwd: string, out: string, dataDir: string): Promise<string> {
  const file = resolve(cwd, out);
  if ((await kindOf(dirname(file))) !== 'folder') {
    throw badArguments(`The folder ${dirname(file)} does not exist. Create it first, or choose another --out.`);
  }
  if ((await kindOf(file)) === 'folder') throw badArguments(`--out must name a file, but ${file} is a folder.`);
  refuseDataFolder(file, dataDir);
  return file;
}

/** --out for many files: an existing folder. */
export async function outFolder(cwd: string, out: string, dataDir: string): Promise<string> {
  const folder = resolve(cwd, out);
  const kind = await kindOf(folder);
  if (kind === null)
    throw badArguments(`The folder ${folder} does not exist. Create it first, or choose another --out.`);
  if (kind === 'file') throw badArguments(`--out must name a folder for these reports, but ${folder} is a file.`);
  refuseDataFolder(folder, dataDir);
  return folder;
}

/**
 * Replaces `file` whole or not at all (a temp file beside it, flushed, renamed over it), so a cron job
 * stopped halfway never leaves half a PDF where yesterday's report was. Readable by others (0o666 less
 * the umask), unlike the data folder's files: reports are written to be shared.
 */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temp = tempFileFor(file);
  try {
    const handle = await open(temp, 'wx', 0o666);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    await syncFolder(dirname(file), realFs);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw failed(`Could not write ${file}: ${writeProblem(error)}.`);
  }
}

/**
 * Saves one report into the folder as the app does: never over an existing file, numbered instead
 * ("Ana Silva (2).pdf"), so two trainees with the same name both keep their report. Returns the name used.
 */
export async function saveBeside(folder: string, file: NamedBytes): Promise<string> {
  try {
    const [name] = await saveIntoFolder(folder, [file]);
    return name ?? file.fileName;
  } catch (error) {
    const reason = error instanceof FolderSaveError ? error.reason : error;
    throw failed(`Could not write ${file.fileName} in ${folder}: ${writeProblem(reason)}.`);
  }
}
