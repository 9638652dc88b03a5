import type { DataSummary, LeftOutTrainee } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { fileKind, WRONG_FILE } from '../../shared/files/fileKind';
import type { Framework } from '../../shared/framework/framework';
import type { BackupService } from './backupService';
import { importChecker, ImportProblem } from './importChecks';
import type { StatementTextOf } from './legacy/fromV2';
import { writeBundle } from './records/bundleWriter';
import { dataSourceOf, DataSourceError, type DataSource } from './records/dataSource';
import { buildRecordsFolder } from './records/recordsBuilder';
import type { Store } from './store';

function currentSummary(store: Store, leaving: ReadonlySet<string> = new Set()): DataSummary {
  const summary: DataSummary = {
    trainees: 0,
    plans: 0,
    checkoffs: 0,
    importedFrameworks: store.frameworks().filter((f) => f.removedAt === undefined).length,
  };
  for (const entry of store.entries()) {
    if (leaving.has(entry.id)) continue;
    summary.trainees += 1;
    summary.plans += entry.plans.length;
    for (const plan of entry.plans) summary.checkoffs += plan.achieved.length;
  }
  return summary;
}

async function readExport(fileName: string, text: string, statementTextOf: StatementTextOf): Promise<DataSource> {
  try {
    return await dataSourceOf(fileName, text, statementTextOf);
  } catch (error) {
    throw wrongFileOr(fileName, text) ?? notAnExport(fileName, error);
  }
}

/**
 * A file that is not a data file at all (a framework, a picture, nothing) is named for what it is;
 * only a file that is a data file, damaged, gets the reader's detail. Asked only after reading failed.
 */
function wrongFileOr(fileName: string, text: string): ApiError | null {
  const sentence = {
    framework: WRONG_FILE.frameworkGivenToDataImport,
    not_json: WRONG_FILE.dataNotJson,
    empty: WRONG_FILE.empty,
    data: null,
    json: null,
  }[fileKind(text)];
  return sentence ? new ApiError('invalid_input', `“${fileName}”: ${sentence} Nothing was changed.`) : null;
}

/** Runs the import checks over the whole file, writing nothing; their refusal names the file and what to do. */
async function checkRecords(fileName: string, source: DataSource, bundled: readonly Framework[]): Promise<void> {
  try {
    await source.build(importChecker(bundled));
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw notAnExport(fileName, error);
    throw new ApiError(
      'invalid_input',
      `“${fileName}” cannot be imported: ${error.message} Correct it in the Trainplan the file came from and export again. Nothing was changed.`,
    );
  }
}

function notAnExport(fileName: string, error: unknown): ApiError {
  const detail = error instanceof DataSourceError ? error.message : 'It cannot be read.';
  return new ApiError('invalid_input', `“${fileName}” is not a Trainplan data export: ${detail} Nothing was changed.`);
}

/** The whole data set as one file, out and in. An import replaces everything, after a backup, never merging. */
export function createDataTransfer(
  store: Store,
  backups: Pick<BackupService, 'make'>,
  now: () => Date,
  statementTextOf: StatementTextOf,
  bundled: readonly Framework[] = [],
) {
  const summarise = async (fileName: string, source: DataSource): Promise<DataSummary> => {
    try {
      return await source.summary();
    } catch (error) {
      throw notAnExport(fileName, error);
    }
  };
  return {
    /** Trainees whose files are damaged are left out and named (the file still imports); the summary counts what it holds. */
    async export(): Promise<{ fileName: string; text: string; summary: DataSummary; leftOut: LeftOutTrainee[] }> {
      const date = now().toISOString().slice(0, 10);
      const chunks: string[] = [];
      const { leftOut } = await store.withStableFiles((view) =>
        writeBundle(view, now(), (chunk) => {
          chunks.push(chunk);
          return Promise.resolve();
        }),
      );
      const summary = currentSummary(store, new Set(leftOut.map((t) => t.id)));
      return { fileName: `Trainplan data - ${date}.jsonl`, text: chunks.join(''), summary, leftOut };
    },
    /** Reads an export without changing anything, so the trainer can confirm what would replace what. */
    async check(fileName: string, text: string): Promise<{ incoming: DataSummary; current: DataSummary }> {
      const source = await readExport(fileName, text, statementTextOf);
      const incoming = await summarise(fileName, source);
      await checkRecords(fileName, source, bundled);
      return { incoming, current: currentSummary(store) };
    },
    async import(
      fileName: string,
      text: string,
    ): Promise<{ imported: DataSummary; backupOfCurrent: string | null; setAside: string | null }> {
      if (store.readOnlyBecause !== null) throw new ApiError('read_only', `Not imported: ${store.readOnlyBecause}.`);
      const source = await readExport(fileName, text, statementTextOf);
      const imported = await summarise(fileName, source);
      // Before the backup and before anything is built: a refused file changes nothing at all.
      await checkRecords(fileName, source, bundled);
      // Damaged trainees cannot go into that backup: their files are set aside as they are instead.
      const backup = await backups.make('before-import', { setAsideDamaged: true });
      await store.replaceAll((dataDir) =>
        buildRecordsFolder(dataDir, now(), async (builder) => {
          try {
            return await source.build(builder);
          } catch (error) {
            throw notAnExport(fileName, error);
          }
        }),
      );
      return { imported, backupOfCurrent: backup?.fileName ?? null, setAside: backup?.setAside ?? null };
    },
  };
}
