import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeDataFile } from './dataFileCodec';
import { writeFileDurably } from './durableWrite';

export const BACKUP_FOLDER = 'backups';
const KEEP_LATEST = 10;
const KEEP_DAILY_DAYS = 30;
const NAME = /^trainplan-(\d{8})-(\d{6})(?:-\d+)?\.json$/;

export interface BackupInfo {
  fileName: string;
  createdAt: string;
  traineeCount: number;
  sizeBytes: number;
}

function stamp(at: Date): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${String(at.getUTCFullYear())}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
}

function createdAt(fileName: string): Date | null {
  const match = NAME.exec(fileName);
  if (!match?.[1] || !match[2]) return null;
  const [d, t] = [match[1], match[2]];
  return new Date(
    `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`,
  );
}

/** Which backups to keep: the newest 10, and the newest of each day for 30 days. */
export function backupsToKeep(fileNames: readonly string[], now: Date): Set<string> {
  const dated = fileNames
    .map((name) => ({ name, at: createdAt(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set(dated.slice(0, KEEP_LATEST).map((b) => b.name));
  const days = new Set<string>();
  for (const backup of dated) {
    const day = backup.at.toISOString().slice(0, 10);
    if (now.getTime() - backup.at.getTime() > KEEP_DAILY_DAYS * 86_400_000 || days.has(day)) continue;
    days.add(day);
    keep.add(backup.name);
  }
  return keep;
}

/**
 * Rolling backups of the data file in `<data folder>/backups`. A new backup is read back and
 * validated before any old one is deleted, so pruning never leaves the folder without a good copy.
 */
export function createBackups(dataFile: string, dataDir: string, now: () => Date) {
  const folder = join(dataDir, BACKUP_FOLDER);

  async function describe(fileName: string): Promise<BackupInfo | null> {
    try {
      const path = join(folder, fileName);
      const text = await readFile(path, 'utf8');
      const { data } = decodeDataFile(path, text);
      return {
        fileName,
        createdAt: (createdAt(fileName) ?? (await stat(path)).mtime).toISOString(),
        traineeCount: data.trainees.length,
        sizeBytes: Buffer.byteLength(text),
      };
    } catch {
      return null;
    }
  }

  return {
    folder,

    /** Backs up the data file as it is on disk now; null when there is nothing to back up yet. */
    async make(): Promise<BackupInfo | null> {
      let text: string;
      try {
        text = await readFile(dataFile, 'utf8');
      } catch {
        return null;
      }
      await mkdir(folder, { recursive: true });
      const existing = await readdir(folder);
      let fileName = `trainplan-${stamp(now())}.json`;
      for (let i = 1; existing.includes(fileName); i += 1) fileName = `trainplan-${stamp(now())}-${String(i)}.json`;
      await writeFileDurably(join(folder, fileName), text);
      const made = await describe(fileName);
      if (!made) throw new Error(`The new backup ${fileName} could not be read back; older backups were kept.`);
      const keep = backupsToKeep([...existing, fileName], now());
      await Promise.all(
        existing.filter((name) => NAME.test(name) && !keep.has(name)).map((name) => unlink(join(folder, name))),
      );
      return made;
    },

    /** Good backups, newest first. */
    async list(): Promise<BackupInfo[]> {
      const names = await readdir(folder).catch(() => [] as string[]);
      const infos = await Promise.all(names.filter((n) => NAME.test(n)).map(describe));
      return infos.filter((b): b is BackupInfo => b !== null).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },

    pathOf(fileName: string): string | null {
      return NAME.test(fileName) ? join(folder, fileName) : null;
    },
  };
}

export type Backups = ReturnType<typeof createBackups>;
