import { mkdir, readdir, stat, statfs, unlink, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { LeftOutTrainee } from '../../shared/api/appTypes';
import type { BackupKind } from '../../shared/backups/backupKinds';
import { BACKUP_NAME, backupsToKeepByContent, createdAt, kindOf, stamp } from './backupNames';
import { decodeV2File } from './legacy/v2Codec';
import { bundleHeaderSchema, readBundle } from './records/bundle';
import { writeBundleFile } from './records/bundleWriter';
import { linesOfFile } from './records/fileLines';
import { readTextFile } from './records/recordsFiles';
import { setAsideTraineeFiles } from './setAside';
import type { Store } from './store';

export const BACKUP_FOLDER = 'backups';
export type { BackupKind };
export { backupsToKeep, backupsToKeepByContent } from './backupNames';

/** The temp files a backup is written through (see tempFileFor); a kill mid-backup leaves them behind. */
const TEMP_NAME = /^\.trainplan-[0-9]{8}-[0-9]{6}[A-Za-z0-9-]*\.jsonl?\.[0-9a-f]{12}\.tmp$/;
/** The temp file the manifest (trainplan.json) is written through, in the data folder itself. */
const MANIFEST_TEMP_NAME = /^\.trainplan\.json\.[0-9a-f]{12}\.tmp$/;
/** Room always left for the records themselves: a backup never takes the last of the disk. */
export const FREE_SPACE_MARGIN = 200 * 1024 * 1024;

export interface BackupInfo {
  fileName: string;
  createdAt: string;
  kind: BackupKind | 'unknown';
  traineeCount: number;
  sizeBytes: number;
  leftOut: LeftOutTrainee[];
  /** Where the files of the trainees it left out were copied, when asked to (before a restore or import). */
  setAside?: string;
}

export class NoRoomForBackup extends Error {
  constructor(
    readonly needed: number,
    readonly free: number,
  ) {
    super('not enough free disk space for a backup');
  }
}

/** The first line of a file (a bundle's header), without reading the rest. */
async function firstLine(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    let text = '';
    const buffer = Buffer.alloc(64 * 1024);
    for (let position = 0; ; position += buffer.length) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      text += buffer.subarray(0, bytesRead).toString('utf8');
      const end = text.indexOf('\n');
      if (end !== -1) return text.slice(0, end);
      if (bytesRead < buffer.length || text.length > 64 * 1024 * 1024) return text;
    }
  } finally {
    await handle.close();
  }
}

export interface BackupOptions {
  now: () => Date;
  /** Free bytes on the disk holding `folder`; injectable so tests can fill the disk. */
  freeBytes?: (folder: string) => Promise<number>;
}

async function diskFreeBytes(folder: string): Promise<number> {
  const stats = await statfs(folder);
  return stats.bavail * stats.bsize;
}

/**
 * Rolling backups of the whole data set, one bundle file each, in `<data folder>/backups`. A new
 * backup is read back and checked before any old one is deleted, so pruning never leaves the folder
 * without a good copy.
 */
export function createBackups(dataDir: string, { now, freeBytes = diskFreeBytes }: BackupOptions) {
  const folder = join(dataDir, BACKUP_FOLDER);

  async function describe(fileName: string): Promise<BackupInfo | null> {
    try {
      const path = join(folder, fileName);
      const info = await stat(path);
      let traineeCount: number;
      let leftOut: LeftOutTrainee[] = [];
      if (fileName.endsWith('.jsonl')) {
        const header = bundleHeaderSchema.parse(JSON.parse(await firstLine(path)));
        traineeCount = header.trainees;
        leftOut = header.leftOut ?? [];
      } else {
        traineeCount = decodeV2File(path, (await readTextFile(path)) ?? '').data.trainees.length;
      }
      return {
        fileName,
        createdAt: (createdAt(fileName) ?? info.mtime).toISOString(),
        kind: kindOf(fileName),
        traineeCount,
        sizeBytes: info.size,
        leftOut,
      };
    } catch {
      return null;
    }
  }

  /** Reads a whole backup and checks every record; throws a BundleError saying what is wrong. */
  async function verify(path: string): Promise<void> {
    // A line at a time: a backup of 10,000 trainees is never held in memory whole.
    const bundle = await readBundle(linesOfFile(path));
    await bundle.trainees(() => Promise.resolve());
  }

  async function names(): Promise<string[]> {
    return (await readdir(folder).catch(() => [] as string[])).filter((n) => BACKUP_NAME.test(n));
  }

  return {
    folder,

    /**
     * Backs up the records as they are now, checks the copy, then prunes old ones. Trainees whose files
     * are damaged are left out (and named); with `setAsideDamaged` their files are also copied aside as
     * they are, for a restore or import that is about to replace them.
     */
    async make(store: Store, kind: BackupKind, { setAsideDamaged = false } = {}): Promise<BackupInfo> {
      await mkdir(folder, { recursive: true });
      const existing = await names();
      const sizes = await Promise.all(
        existing.map((n) =>
          stat(join(folder, n)).then(
            (s) => s.size,
            () => 0,
          ),
        ),
      );
      // The trainees' lines are written once to a temp file, then with the header (which says how many
      // and who was left out) into the backup: for a moment the backup is on disk twice.
      const estimate = Math.max(0, ...sizes) * 2.2;
      const free = await freeBytes(folder);
      if (free < estimate + FREE_SPACE_MARGIN) throw new NoRoomForBackup(estimate + FREE_SPACE_MARGIN, free);
      const base = `trainplan-${stamp(now())}-${kind}`;
      let fileName = `${base}.jsonl`;
      for (let i = 1; existing.includes(fileName); i += 1) fileName = `${base}-${String(i)}.jsonl`;
      const path = join(folder, fileName);
      const setAside = await store.withStableFiles(async (view) => {
        const { leftOut } = await writeBundleFile(view, path, now());
        if (!setAsideDamaged || leftOut.length === 0) return undefined;
        return setAsideTraineeFiles(
          store.dataDir,
          view.paths,
          leftOut.map((t) => t.id),
          now(),
        );
      });
      try {
        await verify(path);
      } catch (error) {
        await unlink(path).catch(() => undefined);
        throw new Error(
          `The new backup ${fileName} could not be read back (${(error as Error).message}); older backups were kept.`,
        );
      }
      const made = await describe(fileName);
      if (!made) throw new Error(`The new backup ${fileName} cannot be listed.`);
      // Only a bundle's first line is read. A one-file version's backup (read whole to count) and one that
      // cannot be described count as holding trainees: empty backups never push them out.
      const others = await Promise.all(
        existing.map(async (name) => {
          const info = name.endsWith('.jsonl') ? await describe(name) : null;
          return { fileName: name, traineeCount: info?.traineeCount ?? 1, leftOut: info?.leftOut ?? [] };
        }),
      );
      const keep = backupsToKeepByContent([...others, made], now());
      await Promise.all(existing.filter((name) => !keep.has(name)).map((name) => unlink(join(folder, name))));
      return setAside ? { ...made, setAside } : made;
    },

    /**
     * Removes temp files of backups a kill or a crash cut short. They are never a backup (a backup exists
     * only once renamed into place) yet can add up to more than the backups themselves. Called at start,
     * by the app holding the data folder, before it makes any backup.
     */
    async removeLeftovers(): Promise<number> {
      const leftovers = (await readdir(folder).catch(() => [] as string[])).filter((n) => TEMP_NAME.test(n));
      // The manifest's own temp file, left in the data folder by a kill during its write: never the manifest.
      const manifestLeftovers = (await readdir(dataDir).catch(() => [] as string[])).filter((n) =>
        MANIFEST_TEMP_NAME.test(n),
      );
      await Promise.all([
        ...leftovers.map((name) => unlink(join(folder, name)).catch(() => undefined)),
        ...manifestLeftovers.map((name) => unlink(join(dataDir, name)).catch(() => undefined)),
      ]);
      return leftovers.length + manifestLeftovers.length;
    },

    /** Good backups, newest first. */
    async list(): Promise<BackupInfo[]> {
      const infos = await Promise.all((await names()).map(describe));
      return infos.filter((b): b is BackupInfo => b !== null).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    pathOf(fileName: string): string | null {
      return BACKUP_NAME.test(fileName) ? join(folder, fileName) : null;
    },

    async remove(fileName: string): Promise<boolean> {
      const path = BACKUP_NAME.test(fileName) ? join(folder, fileName) : null;
      if (!path) return false;
      try {
        await unlink(path);
        return true;
      } catch {
        return false;
      }
    },
  };
}

export type Backups = ReturnType<typeof createBackups>;
