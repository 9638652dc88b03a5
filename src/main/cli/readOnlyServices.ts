import { stat } from 'node:fs/promises';
import type { CallName } from '../../shared/api/callNames';
import type { CallInput, CallOutput } from '../../shared/api/contract';
import { createDispatch } from '../api/dispatch';
import { openTrainplan, type Trainplan } from '../services';
import { DataFileError } from '../store/dataFileError';
import type { DataLock } from '../store/dataLock';
import { manifestFile } from '../store/records/openRecords';
import { badArguments, CliError, failed } from './cliErrors';
import { recordsStamp } from './recordsStamp';

export interface ReadOnlyServices {
  dataDir: string;
  /** A contract call, its input checked by the same zod schema as the app's; a refusal becomes a CliError. */
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  close(): Promise<void>;
}

/**
 * Stands in for the data folder's lock without taking it: the command line never writes to the folder
 * (no lock file, no backup, no checkpoint), so it may read while the app holds the folder.
 */
const READ_ONLY: DataLock = {
  mode: 'read-only',
  reason: { kind: 'cli' },
  release: () => Promise.resolve(),
};

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export interface OpenOptions {
  seedsDir: string;
  version: string;
  now?: () => Date;
}

/** Reading the records again when the app checkpointed meanwhile; a third try is kept whatever happened. */
const READ_ATTEMPTS = 3;

/** Argument problems from the schemas name the fix; everything else is a failure of the run. */
const ARGUMENT_CODES = new Set(['invalid_input', 'not_found', 'invalid_framework']);

async function open(dataDir: string, { seedsDir, version, now }: OpenOptions): Promise<Trainplan> {
  const where = `Point --data-dir (or the TRAINPLAN_DATA_DIR variable) at the folder Trainplan keeps its records in.`;
  if (!(await isFolder(dataDir))) throw badArguments(`The data folder ${dataDir} does not exist. ${where}`);
  // Checked first because opening an empty folder would show no trainees instead of saying it is the wrong one.
  if (!(await exists(manifestFile(dataDir)))) {
    throw badArguments(`There are no Trainplan records in ${dataDir}. ${where}`);
  }
  try {
    for (let attempt = 1; ; attempt += 1) {
      const before = await recordsStamp(dataDir);
      const app = await openTrainplan({
        dataDir,
        seedsDir,
        mode: 'browser',
        version,
        heldLock: READ_ONLY,
        ...(now ? { now } : {}),
      });
      if (attempt === READ_ATTEMPTS || (await recordsStamp(dataDir)) === before) return app;
      // The app folded its journal into the trainees' files meanwhile: what was read may miss changes.
      await app.close();
    }
  } catch (error) {
    if (error instanceof DataFileError) {
      throw failed(
        `The records in ${dataDir} cannot be used: ${error.detail} Nothing was changed. Open Trainplan to restore a backup.`,
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw failed(`The records in ${dataDir} could not be read: ${reason}`);
  }
}

/** The app's own services over the data folder, read-only, with the calls the app's windows make. */
export async function openReadOnly(dataDir: string, options: OpenOptions): Promise<ReadOnlyServices> {
  const app = await open(dataDir, options);
  // Its own dispatch so that an internal fault is one line from us, not a stack trace on stderr.
  const dispatch = createDispatch(app.handlers, () => undefined);
  return {
    dataDir,
    async call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
      const result = await dispatch(name, input);
      if (result.ok) return result.value as CallOutput<K>;
      const { code, message } = result.error;
      throw new CliError(message, ARGUMENT_CODES.has(code) ? 2 : 1, code);
    },
    close: () => app.close(),
  };
}
