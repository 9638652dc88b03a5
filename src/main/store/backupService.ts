import { readFile } from 'node:fs/promises';
import { ApiError } from '../../shared/api/errors';
import { createBackups, type BackupInfo } from './backups';
import { decodeDataFile } from './dataFileCodec';
import type { Store } from './store';

const HOUR = 3_600_000;

/** Backups at start-up and at most hourly while changes are made; listing, making and restoring them. */
export async function createBackupService(store: Store, dataDir: string, now: () => Date) {
  const backups = createBackups(store.file, dataDir, now);
  let last = 0;
  let running: Promise<unknown> = Promise.resolve();
  const make = (): Promise<BackupInfo | null> => {
    last = now().getTime();
    const next = running
      .then(() => backups.make())
      .then((made) => {
        // Nothing to back up yet (a new folder): the first change should make one, not wait an hour.
        if (!made) last = 0;
        return made;
      });
    running = next.catch(() => undefined);
    return next;
  };

  if (store.readOnlyBecause === null) {
    // Awaited: the app starts with a fresh, verified copy of what it opened.
    await make().catch((error: unknown) => console.error('Start-up backup failed:', error));
    store.onChange(() => {
      if (now().getTime() - last >= HOUR) void make().catch((error: unknown) => console.error('Backup failed:', error));
    });
  }

  return {
    /** Waits for a backup that is still being written. */
    settle: () => running,
    make,
    list: () => backups.list(),
    async create(): Promise<BackupInfo> {
      if (store.readOnlyBecause !== null) throw new ApiError('read_only', `Not made: ${store.readOnlyBecause}.`);
      const made = await make();
      if (!made) throw new ApiError('not_found', 'There is nothing to back up yet: no records have been saved.');
      return made;
    },
    /** The current records are backed up first, so a restore can itself be undone. */
    async restore(fileName: string): Promise<{ restored: string; backupOfCurrent: string | null }> {
      const path = backups.pathOf(fileName);
      if (!path) throw new ApiError('not_found', 'That backup does not exist.');
      let data;
      try {
        data = decodeDataFile(path, await readFile(path, 'utf8')).data;
      } catch {
        throw new ApiError(
          'invalid_input',
          `The backup ${fileName} cannot be read, so nothing was restored. Choose another one.`,
        );
      }
      const current = store.readOnlyBecause === null ? await make() : null;
      await store.replaceAll(data);
      return { restored: fileName, backupOfCurrent: current?.fileName ?? null };
    },
  };
}
