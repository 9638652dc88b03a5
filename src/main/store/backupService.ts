import { ApiError } from '../../shared/api/errors';
import { namesLeftOut } from '../../shared/backups/leftOut';
import { createBackups, NoRoomForBackup, type BackupInfo, type BackupKind, type BackupOptions } from './backups';
import { bundleFileSource, dataSourceOf, DataSourceError } from './records/dataSource';
import { buildRecordsFolder } from './records/recordsBuilder';
import { readTextFile } from './records/recordsFiles';
import type { StatementTextOf } from './legacy/fromV2';
import type { Store } from './store';

const HOUR = 3_600_000;

function megabytes(bytes: number): string {
  return `${String(Math.ceil(bytes / (1024 * 1024)))} MB`;
}

/** Reads a backup file as a data set, or says in words why it cannot be used. */
export async function backupSource(path: string, fileName: string, statementTextOf: StatementTextOf) {
  try {
    if (fileName.endsWith('.jsonl')) return await bundleFileSource(path);
    return await dataSourceOf(fileName, (await readTextFile(path)) ?? '', statementTextOf);
  } catch (error) {
    const why = error instanceof DataSourceError ? ` ${error.message}` : '';
    throw new ApiError(
      'invalid_input',
      `The backup ${fileName} cannot be read, so nothing was restored.${why} Choose another one.`,
    );
  }
}

/** The banner's words when a backup left trainees out; null when it holds everyone. */
export function leftOutWarning(leftOut: BackupInfo['leftOut']): string | null {
  if (leftOut.length === 0) return null;
  const whose = leftOut.length === 1 ? 'their records file is' : 'their records files are';
  return `The last backup left out ${namesLeftOut(leftOut)}: ${whose} damaged. Everyone else is backed up. Restore a backup from Settings that holds them, or delete them.`;
}

function automaticBackupFailed(error: unknown): string {
  if (error instanceof NoRoomForBackup) {
    return `The automatic backup was not made: the disk has ${megabytes(error.free)} free and a backup needs ${megabytes(error.needed)}. Delete old backups in Settings or free some space.`;
  }
  const why = error instanceof Error ? ` (${error.message.replace(/\.$/, '')})` : '';
  return `The automatic backup failed${why}. Your records are saved; make a backup from Settings to try again.`;
}

/**
 * Backups at start-up and at most hourly while changes are made, made in the background (they never
 * hold up a start or a click); listing, making, deleting and restoring them.
 */
export function createBackupService(store: Store, options: BackupOptions & { statementTextOf: StatementTextOf }) {
  const { now } = options;
  const backups = createBackups(store.dataDir, options);
  let last = 0;
  let running: Promise<unknown> = Promise.resolve();
  // What the last automatic backup left out, or why it failed; the banner's words are made when asked, so
  // trainees deleted since are no longer named.
  let warning: { leftOut: BackupInfo['leftOut'] } | { failed: string } | null = null;
  const isEmpty = (): boolean => store.entries().next().done === true && store.frameworks().length === 0;
  const make = (kind: BackupKind, setAsideDamaged = false): Promise<BackupInfo | null> => {
    last = now().getTime();
    // Nothing to back up yet (a new folder): the first change should make one, not wait an hour.
    const next = running.then(() => (isEmpty() ? ((last = 0), null) : backups.make(store, kind, { setAsideDamaged })));
    running = next.catch(() => undefined);
    return next;
  };
  // A backup made in the background has nobody waiting for its answer: what went wrong is kept for the
  // window's banner (app:info), so damage found at start-up is seen without opening the trainee.
  const inBackground = (kind: BackupKind): void => {
    void make(kind).then(
      (made) => {
        warning = made && made.leftOut.length > 0 ? { leftOut: made.leftOut } : null;
      },
      (error: unknown) => {
        warning = { failed: automaticBackupFailed(error) };
        console.error('Backup failed:', error);
      },
    );
  };

  if (store.readOnlyBecause === null) {
    running = backups.removeLeftovers().catch(() => undefined);
    inBackground('startup');
    store.onChange(() => {
      if (now().getTime() - last >= HOUR) inBackground('hourly');
    });
  }

  const refuseIfReadOnly = (what: string): void => {
    if (store.readOnlyBecause !== null) throw new ApiError('read_only', `Not ${what}: ${store.readOnlyBecause}.`);
  };

  return {
    /** Waits for a backup that is still being written. */
    settle: () => running,
    /** What went wrong with the last automatic backup, in words, or null. */
    warning(): string | null {
      if (warning === null) return null;
      if ('failed' in warning) return warning.failed;
      return leftOutWarning(warning.leftOut.filter((t) => store.entry(t.id) !== undefined));
    },
    async make(kind: BackupKind, { setAsideDamaged = false } = {}): Promise<BackupInfo | null> {
      try {
        const made = await make(kind, setAsideDamaged);
        // A backup that holds everyone shows the damage is gone (a restore, a deletion).
        if (made?.leftOut.length === 0) warning = null;
        return made;
      } catch (error) {
        if (error instanceof NoRoomForBackup) {
          throw new ApiError(
            'storage_failed',
            `No backup was made: the disk has ${megabytes(error.free)} free and a backup needs ${megabytes(error.needed)}, keeping room for your records. Delete old backups in Settings or free some space.`,
          );
        }
        throw error;
      }
    },
    list: () => backups.list(),
    async create(): Promise<BackupInfo> {
      refuseIfReadOnly('made');
      const made = await this.make('manual');
      if (!made) throw new ApiError('not_found', 'There is nothing to back up yet: no records have been saved.');
      return made;
    },
    async remove(fileName: string): Promise<{ deleted: string }> {
      refuseIfReadOnly('deleted');
      await running;
      if (!(await backups.remove(fileName))) throw new ApiError('not_found', 'That backup does not exist.');
      return { deleted: fileName };
    },
    /** The current records are backed up first, so a restore can itself be undone. */
    async restore(
      fileName: string,
    ): Promise<{ restored: string; backupOfCurrent: string | null; setAside: string | null }> {
      refuseIfReadOnly('restored');
      const path = backups.pathOf(fileName);
      if (!path) throw new ApiError('not_found', 'That backup does not exist.');
      const source = await backupSource(path, fileName, options.statementTextOf);
      // Damaged trainees cannot go into that backup: their files are set aside as they are instead.
      const current = await this.make('before-restore', { setAsideDamaged: true });
      await store.replaceAll((dataDir) => buildRecordsFolder(dataDir, now(), (builder) => source.build(builder)));
      warning = null;
      return { restored: fileName, backupOfCurrent: current?.fileName ?? null, setAside: current?.setAside ?? null };
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
