import { BACKUP_KINDS, type BackupKind } from '../../shared/backups/backupKinds';

const KEEP_LATEST = 10;
const KEEP_DAILY_DAYS = 30;

/**
 * Backups are `.jsonl` bundles; `.json` ones were made by Trainplan's one-file versions and still
 * restore. The name says why a backup was made (trainplan-20261130-055900-manual.jsonl), so a trainer
 * browsing the folder can tell them apart too; names from before kinds were noted carry none ('unknown').
 */
export const BACKUP_NAME = new RegExp(
  `^trainplan-(\\d{8})-(\\d{6})(?:-(${BACKUP_KINDS.join('|')}))?(?:-\\d+)?\\.jsonl?$`,
);

/** When a backup was made, as its name says it: UTC, to the second. */
export function stamp(at: Date): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${String(at.getUTCFullYear())}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}-${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
}

export function kindOf(fileName: string): BackupKind | 'unknown' {
  return (BACKUP_NAME.exec(fileName)?.[3] as BackupKind | undefined) ?? 'unknown';
}

export function createdAt(fileName: string): Date | null {
  const match = BACKUP_NAME.exec(fileName);
  if (!match?.[1] || !match[2]) return null;
  const [d, t] = [match[1], match[2]];
  return new Date(
    `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`,
  );
}

/** Which backups to keep: the newest 10, and the newest of each day for 30 days. */
export function backupsToKeep(fileNames: readonly string[], now: Date): Set<string> {
  return keepOf(fileNames, now);
}

/**
 * As backupsToKeep, with backups that hold no trainee counted apart: a folder that came up empty (records
 * moved aside, a fresh start) makes backups of nothing, and those must never push out the ones that hold
 * the trainees. And a backup that left a damaged trainee out tells the user to restore one that holds
 * them: for each trainee left out by a kept backup, the newest older backup that did not leave them out
 * is kept too, however many backups were made since.
 */
export function backupsToKeepByContent(
  backups: readonly { fileName: string; traineeCount: number; leftOut?: readonly { id: string }[] }[],
  now: Date,
): Set<string> {
  const empty = backups.filter((b) => b.traineeCount === 0).map((b) => b.fileName);
  const full = backups.filter((b) => b.traineeCount > 0);
  const keep = new Set([
    ...keepOf(empty, now),
    ...keepOf(
      full.map((b) => b.fileName),
      now,
    ),
  ]);
  const newestFirst = full
    .map((backup) => ({ backup, at: createdAt(backup.fileName)?.getTime() ?? -Infinity }))
    .sort((a, b) => b.at - a.at);
  // A kept holder may itself have left others out: go on until nothing more is kept.
  for (let changed = true; changed;) {
    changed = false;
    newestFirst.forEach(({ backup }, index) => {
      if (!keep.has(backup.fileName)) return;
      for (const { id } of backup.leftOut ?? []) {
        const holder = newestFirst.slice(index + 1).find((older) => !older.backup.leftOut?.some((t) => t.id === id));
        if (holder && !keep.has(holder.backup.fileName)) {
          keep.add(holder.backup.fileName);
          changed = true;
        }
      }
    });
  }
  return keep;
}

function keepOf(fileNames: readonly string[], now: Date): Set<string> {
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
