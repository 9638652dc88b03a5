import type { DataSummary } from '../../../shared/api/contract';
import { DATA_EXPORT_FORMAT, readFirstLine } from '../../../shared/files/dataExportHeader';
import { DataFileError } from '../dataFileError';
import { ImportProblem } from '../importChecks';
import { buildFromV2, type StatementTextOf } from '../legacy/fromV2';
import { decodeV2File } from '../legacy/v2Codec';
import { BundleError, isBundle, readBundle } from './bundle';
import { linesOfFile, linesOfText } from './fileLines';
import { NotUtf8Error } from './strictText';
import type { RecordsBuilder } from './recordsBuilder';
import type { Snapshot } from './recordsSchema';

/** A whole data set read from one file: a bundle (backups, exports), or a one-file data file of format 1 or 2. */
export interface DataSource {
  /** Reads it all, checking every record, and counts what it holds. Writes nothing. */
  summary(): Promise<DataSummary>;
  /** Writes it as a new records folder (or hands it to the import checks, which write nothing). */
  build(builder: Pick<RecordsBuilder, 'addTrainee' | 'finish'>): Promise<Snapshot>;
}

/** Why a file cannot be used as a data set, in words; thrown for every kind of problem. */
export class DataSourceError extends Error {}

/** A bundle read from its lines, which `lines` gives afresh for each pass. */
async function bundleSource(lines: () => AsyncIterator<string>): Promise<DataSource> {
  const wrap = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof BundleError) throw new DataSourceError(error.message);
      if (error instanceof NotUtf8Error) throw new DataSourceError('It is not UTF-8 text.');
      throw error;
    }
  };
  // The header is checked now, so a file that is not a bundle is refused before anything else.
  await wrap(async () => (await readBundle(lines())).done());
  return {
    summary: () =>
      wrap(async () => {
        const bundle = await readBundle(lines());
        const summary: DataSummary = { trainees: 0, plans: 0, checkoffs: 0, importedFrameworks: 0 };
        summary.importedFrameworks = bundle.header.frameworks.length;
        await bundle.trainees((doc) => {
          summary.trainees += 1;
          summary.plans += doc.plans.length;
          for (const plan of doc.plans) summary.checkoffs += Object.keys(plan.checkoffs).length;
          return Promise.resolve();
        });
        return summary;
      }),
    build: (builder) =>
      wrap(async () => {
        const bundle = await readBundle(lines());
        await bundle.trainees((doc, history) => builder.addTrainee(doc, history));
        return builder.finish(bundle.header.settings, bundle.header.frameworks);
      }),
  };
}

/** A bundle file (a backup), read a line at a time: its size never has to fit in memory. */
export function bundleFileSource(path: string): Promise<DataSource> {
  return bundleSource(() => linesOfFile(path));
}

/** More than one line that is not blank: JSON lines, not a one-file export. */
function hasSecondLine(text: string): boolean {
  const lines = text.trim().split('\n', 3);
  return lines.length > 1 && lines.slice(1).some((line) => line.trim() !== '');
}

/**
 * A file whose first line is JSON but not a data export's header is told so in words, rather than with what
 * the one-file reader trips over further on.
 */
function refuseOtherFirstLine(text: string): void {
  const first = readFirstLine(text);
  if (first.kind === 'other_format') {
    const named = first.format.length > 60 ? `${first.format.slice(0, 60)}…` : first.format;
    throw new DataSourceError(
      `Its first line says it is a “${named}” file; a Trainplan data export says “${DATA_EXPORT_FORMAT}” there. Choose a file made by “Export all data…”.`,
    );
  }
  if (first.kind === 'no_format' && hasSecondLine(text)) {
    throw new DataSourceError(
      `Its first line does not say what file it is (a Trainplan data export starts with a line naming the format “${DATA_EXPORT_FORMAT}”). Choose a file made by “Export all data…”.`,
    );
  }
}

export async function dataSourceOf(
  fileName: string,
  text: string,
  statementTextOf: StatementTextOf,
): Promise<DataSource> {
  if (isBundle(text)) return bundleSource(() => linesOfText(text));
  refuseOtherFirstLine(text);
  let data;
  try {
    data = decodeV2File(fileName, text).data;
  } catch (error) {
    const detail = error instanceof DataFileError ? error.detail : 'it cannot be read.';
    throw new DataSourceError(detail.charAt(0).toUpperCase() + detail.slice(1));
  }
  return {
    summary: () =>
      Promise.resolve({
        trainees: data.trainees.length,
        plans: data.plans.length,
        checkoffs: data.plans.reduce((sum, p) => sum + Object.keys(p.checkoffs).length, 0),
        importedFrameworks: data.frameworks.length,
      }),
    build: async (builder) => {
      try {
        return await buildFromV2(builder, data, statementTextOf);
      } catch (error) {
        if (error instanceof ImportProblem) throw error;
        throw new DataSourceError(`Its records are damaged (${(error as Error).message.slice(0, 200)}).`);
      }
    },
  };
}
