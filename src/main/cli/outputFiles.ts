import { realpathSync } from 'node:fs';
import { lstat, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, relative, resolve, isAbsolute } from 'node:path';
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

/** The path with every link resolved, in the case the disk spells it (macOS and Windows ignore case). */
function canonical(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

/**
 * The command line never writes into the data folder, even when asked to: the app owns it. Compared
 * after resolving links and case, so a link to the folder (or the folder through a link) is caught too.
 */
function refuseDataFolder(path: string, dataDir: string): void {
  if (isInside(path, canonical(dataDir))) {
    throw badArguments(`Choose a place outside the data folder for --out: ${dataDir} belongs to Trainplan.`);
  }
}

/**
 * --out for a single file: its folder must exist; the name must be a new or an ordinary file, never a
 * folder or a device (a root cron job writing to /dev/null must not replace it). A link is written
 * through: the file it points to is replaced and the link stays.
 */
export async function outFile(cwd: string, out: string, dataDir: string): Promise<string> {
  let file = resolve(cwd, out);
  if ((await lstat(file).catch(() => null))?.isSymbolicLink()) {
    const target = await realpath(file).catch(() => null);
    if (target === null) throw badArguments(`--out is a link to something that is not there: ${file}.`);
    file = target;
  }
  if ((await kindOf(dirname(file))) !== 'folder') {
    throw badArguments(`The folder ${dirname(file)} does not exist. Create it first, or choose another --out.`);
  }
  const existing = await stat(file).catch(() => null);
  if (existing?.isDirectory()) throw badArguments(`--out must name a file, but ${file} is a folder.`);
  if (existing && !existing.isFile()) {
    throw badArguments(`--out must name an ordinary file, but ${file} is a device or another special file.`);
  }
  const placed = resolve(canonical(dirname(file)), basename(file));
  refuseDataFolder(placed, dataDir);
  return placed;
}

/** --out for many files: an existing folder. */
export async function outFolder(cwd: string, out: string, dataDir: string): Promise<string> {
  const folder = resolve(cwd, out);
  const kind = await kindOf(folder);
  if (kind === null)
    throw badArguments(`The folder ${folder} does not exist. Create it first, or choose another --out.`);
  if (kind === 'file') throw badArguments(`--out must name a folder for these reports, but ${folder} is a file.`);
  const placed = canonical(folder);
  refuseDataFolder(placed, dataDir);
  return placed;
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
