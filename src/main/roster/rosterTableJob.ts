import { ApiError } from '../../shared/api/errors';
import type { EncodingChoice } from '../../shared/roster/rosterImport';
import type { MadeFile, ReportJob } from '../reports/reportJobs';
import type { RunOptions } from '../reports/reportQueue';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { readTable, type Table, type TableRow } from './readTable';

/** A file of people to be read in the report worker, where a big workbook holds up no one. */
export interface RosterTableJob {
  kind: 'roster-table';
  fileName: string;
  bytes: Uint8Array;
  encoding: EncodingChoice;
}

export type RunJob = (job: ReportJob, options?: RunOptions) => Promise<MadeFile>;

/** Rows per line of the table's JSON: each line is parsed in a turn of its own on the main thread. */
const ROWS_PER_LINE = 500;

/**
 * In the worker: the file read as a table, handed back as bytes of JSON lines (the table without its
 * rows, then the rows 500 to a line). The bytes are transferred, not copied; parsed in one go, the JSON
 * of 20,000 people held the main thread for some 70 to 140 ms, so it is parsed a line at a time.
 */
export async function readRosterTable(job: RosterTableJob): Promise<MadeFile> {
  const { rows, ...rest } = await readTable(job.fileName, job.bytes, job.encoding);
  const lines = [JSON.stringify(rest)];
  for (let at = 0; at < rows.length; at += ROWS_PER_LINE)
    lines.push(JSON.stringify(rows.slice(at, at + ROWS_PER_LINE)));
  // JSON escapes every newline inside a string, so a newline only ever ends a line.
  return { bytes: new TextEncoder().encode(lines.join('\n')), pageCount: 0 };
}

/** The table from its JSON lines, a line per turn of the event loop, so calls are answered in between. */
async function tableOf(bytes: Uint8Array): Promise<Table> {
  const [head = '{}', ...lines] = new TextDecoder().decode(bytes).split('\n');
  const table = { ...(JSON.parse(head) as Omit<Table, 'rows'>), rows: [] as TableRow[] };
  for (const line of lines) {
    await nextTurn();
    for (const row of JSON.parse(line) as TableRow[]) table.rows.push(row);
  }
  return table;
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
  return tableOf(made.bytes);
}
