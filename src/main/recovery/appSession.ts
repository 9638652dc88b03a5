import { rename, unlink } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import type { AppInfo, RecoveryInfo } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { Dispatch } from '../api/dispatch';
import { loadBundledFrameworks } from '../frameworks/bundledFrameworks';
import { openTrainplan, readOnlyWordsOf, statementTextsOf, type Trainplan, type TrainplanOptions } from '../services';
import { backupSource } from '../store/backupService';
import { createBackups } from '../store/backups';
import { DataFileError } from '../store/dataFileError';
import { acquireDataLock } from '../store/dataLock';
import { manifestFile, switchManifest } from '../store/records/openRecords';
import { buildRecordsFolder } from '../store/records/recordsBuilder';
import { clearPendingRecovery, notePendingRecovery, undecidedRecovery } from './undecidedRecovery';

export interface AppSession {
  dispatch: Dispatch;
  info(): Promise<AppInfo>;
  close(): Promise<void>;
}

function failure(code: 'conflict' | 'invalid_input' | 'not_found', message: string): ApiResult<never> {
  return { ok: false, error: { code, message, fields: [] } };
}

function timestamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

const backupChoice = z.object({ fileName: z.string().min(1).max(100) }).strict();

/** Moves the unusable records aside, untouched: the manifest, and the records folder the damage is in. */
async function moveAside(dataDir: string, error: DataFileError, at: Date): Promise<string> {
  const suffix = `.corrupt-${timestamp(at)}`;
  const manifest = manifestFile(dataDir);
  const damagedFolder = dirname(error.file) === dataDir ? null : dirname(error.file);
  const folder = damagedFolder && basename(damagedFolder).startsWith('records-') ? damagedFolder : null;
  if (folder) await rename(folder, `${folder}${suffix}`).catch(() => undefined);
  await rename(manifest, `${manifest}${suffix}`).catch(() => undefined);
  return folder ? `${folder}${suffix}` : `${manifest}${suffix}`;
}

/**
 * The app as both shells run it. The data folder's lock is taken first and held throughout, recovery
 * screen included. When the records cannot be used they are moved aside untouched and the user
 * restores a backup, starts empty, or quits; records written by a newer Trainplan are never moved,
 * and the only choice is to quit (and update).
 */
export async function startTrainplan(options: TrainplanOptions & { onQuit: () => void }): Promise<AppSession> {
  const now = options.now ?? (() => new Date());
  const lock = await acquireDataLock(options.dataDir, {
    ...options.lock,
    onLost: (holder) => {
      app?.store.stopWriting({ kind: 'taken-over', by: holder });
      options.lock?.onLost?.(holder);
    },
  });
  let app: Trainplan | null = null;
  let recovery: RecoveryInfo | null = null;
  const backups = createBackups(options.dataDir, { now });

  // Records moved aside at an earlier start, or left without trainplan.json, wait for the user's choice:
  // opening would make a new, empty records folder and hide them.
  const undecided = lock.mode === 'write' ? await undecidedRecovery(options.dataDir) : null;
  if (undecided) {
    recovery = { kind: 'damaged', ...undecided, backups: await backups.list() };
  } else
    try {
      app = await openTrainplan({ ...options, heldLock: lock });
      // Records that open normally leave no choice pending (a note left by a crash is stale).
      if (lock.mode === 'write') await clearPendingRecovery(options.dataDir);
    } catch (error) {
      if (!(error instanceof DataFileError)) {
        await lock.release();
        throw error;
      }
      if (error.problem === 'newer_version') {
        recovery = { kind: 'newer_version', problem: error.detail, movedTo: null, backups: [], foundRecords: [] };
      } else {
        // Only the writer may move anything; a second app leaves it to the first.
        if (lock.mode === 'read-only') throw error;
        const movedTo = await moveAside(options.dataDir, error, now());
        await notePendingRecovery(options.dataDir, error.detail, movedTo);
        const foundRecords = (await undecidedRecovery(options.dataDir))?.foundRecords ?? [];
        recovery = { kind: 'damaged', problem: error.detail, movedTo, backups: await backups.list(), foundRecords };
      }
    }

  const info = async (): Promise<AppInfo> => {
    if (app) {
      const result = await app.dispatch('app:info', {});
      if (result.ok) return result.value as AppInfo;
    }
    return {
      version: options.version,
      dataFolder: options.dataDir,
      mode: options.mode,
      readOnlyBecause: readOnlyWordsOf(lock),
      recovery,
    };
  };

  const reopen = async (): Promise<void> => {
    app = await openTrainplan({ ...options, heldLock: lock });
    recovery = null;
    await clearPendingRecovery(options.dataDir);
  };

  /** Opens records found without trainplan.json as they are; if they cannot be opened, nothing is changed. */
  const openFound = async (folder: string): Promise<ApiResult<{ restored: string }>> => {
    await switchManifest(options.dataDir, folder);
    try {
      await reopen();
    } catch (error) {
      await unlink(manifestFile(options.dataDir)).catch(() => undefined);
      const why = error instanceof DataFileError ? ` ${error.detail}` : '';
      return failure('invalid_input', `The records in ${folder} cannot be opened either.${why} Choose a backup.`);
    }
    return { ok: true, value: { restored: folder } };
  };

  const dispatch: Dispatch = async (name, input) => {
    if (app) return app.dispatch(name, input);
    switch (name) {
      case 'app:info':
        return { ok: true, value: await info() };
      case 'recovery:restore': {
        if (recovery?.kind !== 'damaged') break;
        const parsed = backupChoice.safeParse(input);
        const found = recovery.foundRecords.find((f) => parsed.success && f.folder === parsed.data.fileName);
        if (found) return openFound(found.folder);
        const path = parsed.success ? backups.pathOf(parsed.data.fileName) : null;
        if (!parsed.success || !path) return failure('not_found', 'That backup does not exist.');
        try {
          const bundled = await loadBundledFrameworks(options.seedsDir);
          const source = await backupSource(path, parsed.data.fileName, statementTextsOf(bundled));
          const name = await buildRecordsFolder(options.dataDir, now(), (builder) => source.build(builder));
          await switchManifest(options.dataDir, name);
        } catch {
          return failure(
            'invalid_input',
            `The backup ${parsed.data.fileName} cannot be read either. Choose another one.`,
          );
        }
        await reopen();
        return { ok: true, value: { restored: parsed.data.fileName } };
      }
      case 'recovery:start-empty':
        if (recovery?.kind !== 'damaged') break;
        await reopen();
        return { ok: true, value: { started: true } };
      case 'recovery:quit':
        options.onQuit();
        return { ok: true, value: { quitting: true } };
      default:
    }
    return failure(
      'conflict',
      recovery?.kind === 'newer_version'
        ? 'These records were written by a newer version of Trainplan. Update Trainplan on this computer to open them.'
        : 'Trainplan is waiting for you to choose how to recover your records (see the recovery screen).',
    );
  };

  return {
    dispatch,
    info,
    close: async () => {
      if (app) await app.close();
      else await lock.release();
    },
  };
}
