import { readFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import type { AppInfo, RecoveryInfo } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import type { Dispatch } from '../api/dispatch';
import { openTrainplan, type Trainplan, type TrainplanOptions } from '../services';
import { createBackups } from '../store/backups';
import { DATA_FILE_NAME } from '../store/dataDir';
import { DataFileError } from '../store/dataFileError';
import { acquireDataLock } from '../store/dataLock';
import { decodeDataFile, encodeDataFile } from '../store/dataFileCodec';
import { writeFileDurably } from '../store/durableWrite';
import { join } from 'node:path';

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

/**
 * The app as both shells run it. When the data file cannot be used (empty, damaged, invalid, or from
 * a newer Trainplan) it is moved aside untouched, and the app starts in recovery: the user restores
 * the newest good backup, starts empty, or quits. Nothing is ever overwritten or deleted.
 */
export async function startTrainplan(options: TrainplanOptions & { onQuit: () => void }): Promise<AppSession> {
  const now = options.now ?? (() => new Date());
  const dataFile = join(options.dataDir, DATA_FILE_NAME);
  let app: Trainplan | null = null;
  let recovery: RecoveryInfo | null = null;

  try {
    app = await openTrainplan(options);
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    // Only the writer may move the file; a second app leaves it to the first.
    const lock = await acquireDataLock(options.dataDir, options.lock);
    await lock.release();
    if (lock.mode === 'read-only') throw error;
    const movedTo = `${dataFile}.corrupt-${timestamp(now())}`;
    await rename(dataFile, movedTo);
    const backups = await createBackups(dataFile, options.dataDir, now).list();
    recovery = { problem: error.detail, movedTo, backups };
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
      readOnlyBecause: null,
      recovery,
    };
  };

  const reopen = async (): Promise<void> => {
    app = await openTrainplan(options);
    recovery = null;
  };

  const dispatch: Dispatch = async (name, input) => {
    if (app) return app.dispatch(name, input);
    switch (name) {
      case 'app:info':
        return { ok: true, value: await info() };
      case 'recovery:restore': {
        const parsed = backupChoice.safeParse(input);
        const path = parsed.success ? createBackups(dataFile, options.dataDir, now).pathOf(parsed.data.fileName) : null;
        if (!parsed.success || !path) return failure('not_found', 'That backup does not exist.');
        try {
          const { data } = decodeDataFile(path, await readFile(path, 'utf8'));
          await writeFileDurably(dataFile, encodeDataFile(data));
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
        await reopen();
        return { ok: true, value: { started: true } };
      case 'recovery:quit':
        options.onQuit();
        return { ok: true, value: { quitting: true } };
      default:
        return failure(
          'conflict',
          'Trainplan is waiting for you to choose how to recover your records (see the recovery screen).',
        );
    }
  };

  return { dispatch, info, close: async () => app?.close() };
}
