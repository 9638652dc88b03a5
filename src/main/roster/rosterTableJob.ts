import { ApiError } from '../../shared/api/errors';
import type { EncodingChoice } from '../../shared/roster/rosterImport';
import type { MadeFile, ReportJob } from '../reports/reportJobs';
import type { RunOptions } from '../reports/reportQueue';
import { readTable, type Table } from './readTable';

/** A file of people to be read in the report worker, where a big workbook holds up no one. */
export interface RosterTableJob {
  kind: 'roster-table';
  fileName: string;
  bytes: Uint8Array;
  encoding: EncodingChoice;
}

export type RunJob = (job: ReportJob, options?: RunOptions) => Promise<MadeFile>;

/**
 * In the worker: the file read as a table, handed back as JSON bytes. The bytes are transferred, not
 * copied, and parsing JSON on the main thread costs some 30 ms for 20,000 people, where cloning the
 * same rows object by object costs about as much and cannot be moved.
 */
export async function readRosterTable(job: RosterTableJob): Promise<MadeFile> {
  const table = await readTable(job.fileName, job.bytes, job.encoding);
  return { bytes: new TextEncoder().encode(JSON.stringify(table)), pageCount: 0 };
}

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/** On the main thread: reads the file in the report worker (one job at a time, with the reports). */
export async function readTableInWorker(
  run: RunJob,
  input: { fileName: string; bytes: Uint8Array; encoding: EncodingChoice },
  signal: AbortSignal,
): Promise<Table> {
  const { fileName } = input;
  const unreadable = (sentence: string) =>
    new ApiError('invalid_input', `“${fileName}”: ${sentence} Nothing was changed.`);
  let made: MadeFile;
  try {
    made = await run(
      { kind: 'roster-table', fileName, bytes: input.bytes, encoding: input.encoding },
      {
        signal,
        tooBig: () =>
          unreadable('This workbook needs more memory to read than Trainplan allows. Split it, or save it as CSV.'),
      },
    );
  } catch (error) {
    // A refusal in words, or a cancel, says so itself; anything else is a file the reader choked on.
    if (error instanceof ApiError || isAbort(error)) throw error;
    throw unreadable('It could not be read. Open it in Excel and save it again, or save it as CSV.');
  }
  return JSON.parse(new TextDecoder().decode(made.bytes)) as Table;
}
