import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { splitRows, type JobMessage, type ReportJob } from './reportJobs';

/** About 10 ms of cloning each on this machine class: 100,000 rows take some 170 ms in one message. */
const ROWS_PER_MESSAGE = 5000;

/**
 * Hands a job to the report worker. Cloning is synchronous, so a big job's trainee rows (a cohort report,
 * the trainees list as a file) go in chunks a turn of the event loop apart: calls that arrive meanwhile
 * are answered between chunks instead of waiting for all of them. Stops sending if the job is cancelled
 * meanwhile (`stillWanted`).
 */
export async function postReportJob(worker: Worker, job: ReportJob, stillWanted: () => boolean): Promise<void> {
  const post = (message: JobMessage): void => worker.postMessage(message);
  const { rows, rest } = splitRows(job);
  for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) {
    if (start > 0) await nextTurn();
    if (!stillWanted()) return;
    post({ type: 'rows', rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
  }
  if (rows.length > 0) await nextTurn();
  if (!stillWanted()) return;
  post({ type: 'job', job: rest });
}
