import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** The file operations a durable write needs; injectable so tests can make a disk fail halfway. */
export interface WriteFs {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  unlink: typeof nodeFs.unlink;
}

export const realFs: WriteFs = { open: nodeFs.open, rename: nodeFs.rename, unlink: nodeFs.unlink };

function isPieces(text: string | Uint8Array | readonly Uint8Array[]): text is readonly Uint8Array[] {
  return Array.isArray(text);
}

export const TEMP_SUFFIX = '.tmp';

export function tempFileFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

/**
 * Replaces `file` with `text` so that after a crash or power cut the file holds either the old or
 * the new content, never a mix: write a temp file beside it, fsync it, rename it over the old one,
 * then fsync the folder so the rename itself is on disk. (lowdb's own writer renames but never fsyncs.)
 */
export async function writeFileDurably(
  file: string,
  text: string | Uint8Array | readonly Uint8Array[],
  fs: WriteFs = realFs,
  { syncFolder: syncTheFolder = true }: { syncFolder?: boolean } = {},
): Promise<void> {
  const temp = tempFileFor(file);
  try {
    const handle = await fs.open(temp, 'w', 0o600);
    try {
      // Pieces are copied together (a memory copy, no re-encoding) so the file is one write.
      await handle.writeFile(isPieces(text) ? Buffer.concat(text) : text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  // Many files written together sync their folder once, after the last (see syncFolder).
  if (syncTheFolder) await syncFolder(dirname(file), fs);
}

export async function syncFolder(folder: string, fs: WriteFs): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory; the rename is still atomic there.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EINVAL') throw error;
  } finally {
    await handle?.close();
  }
}

/** Removes temp files a crashed write left beside `file`. They are never the only copy of anything. */
export async function removeLeftoverTempFiles(file: string): Promise<void> {
  const folder = dirname(file);
  const prefix = `.${basename(file)}.`;
  const names = await nodeFs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX))
      .map((name) => nodeFs.unlink(join(folder, name)).catch(() => undefined)),
  );
}
