import { ApiError } from '../../shared/api/errors';
import type { Backups } from './backups';
import { DataFileError } from './dataFileError';
import { decodeDataFile, encodeDataFile } from './dataFileCodec';
import type { Store } from './store';
import type { StoreData } from './storeSchema';

export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

export interface DataSummary {
  trainees: number;
  plans: number;
  checkoffs: number;
  importedFrameworks: number;
}

function summarise(data: StoreData): DataSummary {
  return {
    trainees: data.trainees.length,
    plans: data.plans.length,
    checkoffs: data.plans.reduce((sum, p) => sum + Object.keys(p.checkoffs).length, 0),
    importedFrameworks: data.frameworks.length,
  };
}

function readExport(fileName: string, text: string): StoreData {
  try {
    return decodeDataFile(fileName, text).data;
  } catch (error) {
    const detail = error instanceof DataFileError ? error.detail : 'it cannot be read.';
    throw new ApiError('invalid_input', `“${fileName}” is not a Trainplan data export: ${detail} Nothing was changed.`);
  }
}

/** The whole data set as one file, out and in. An import replaces everything, after a backup, never merging. */
export function createDataTransfer(store: Store, backups: { make: Backups['make'] }, now: () => Date) {
  return {
    export(): { fileName: string; text: string; summary: DataSummary } {
      const date = now().toISOString().slice(0, 10);
      return {
        fileName: `Trainplan data - ${date}.json`,
        text: encodeDataFile(store.read()),
        summary: summarise(store.read()),
      };
    },
    /** Reads an export without changing anything, so the trainer can confirm what would replace what. */
    check(fileName: string, text: string): { incoming: DataSummary; current: DataSummary } {
      return { incoming: summarise(readExport(fileName, text)), current: summarise(store.read()) };
    },
    async import(fileName: string, text: string): Promise<{ imported: DataSummary; backupOfCurrent: string | null }> {
      if (store.readOnlyBecause !== null) throw new ApiError('read_only', `Not imported: ${store.readOnlyBecause}.`);
      const data = readExport(fileName, text);
      const backup = await backups.make();
      await store.replaceAll(data);
      return { imported: summarise(data), backupOfCurrent: backup?.fileName ?? null };
    },
  };
}
