import type { ApiErrorCode } from '../../shared/api/errors';
import type { TraineeRow } from '../../shared/trainees/traineeViews';
import type { RosterTableJob } from '../roster/rosterTableJob';
import type { TableExportData } from '../exports/exportTable';
import type { CohortReportData } from './cohortReport';
import type { DashboardPdfData } from './dashboardPdf';
import type { MatrixPdfData } from './matrixPdf';
import type { TraineeReportData } from './traineeReport';

/**
 * What the main thread asks the report worker to make. Plain data only: it crosses the thread
 * boundary by structured clone, so the documents themselves (full of layout functions) are built on
 * the worker's side. `table` is a spreadsheet or CSV export; `roster-table` reads a file of people (the
 * one job that reads a file rather than makes one: its "file" is the table it read).
 */
export type ReportJob =
  | { kind: 'trainee'; data: TraineeReportData }
  | { kind: 'cohort'; data: CohortReportData }
  | { kind: 'combine'; title: string; files: Uint8Array[] }
  | { kind: 'matrix-pdf'; data: MatrixPdfData }
  | { kind: 'dashboard-pdf'; data: DashboardPdfData }
  | { kind: 'table'; data: TableExportData }
  | RosterTableJob;

/** Slices laid out so far, and of how many steps (the slices, then joining them). */
export interface ReportProgress {
  done: number;
  total: number;
}

/** A made file; `pageCount` is 0 for a spreadsheet or CSV, which has no pages. */
export interface MadeFile {
  bytes: Uint8Array;
  pageCount: number;
}

/**
 * What the main thread sends: the trainee rows of a big job (a cohort report, the trainees list as a
 * file) go ahead in chunks (see postReportJob), and the job that follows them is made of those rows.
 */
export type JobMessage = { type: 'rows'; rows: TraineeRow[] } | { type: 'job'; job: ReportJob };

/** The trainee rows a job carries, to be sent ahead in chunks, and the job without them. */
export function splitRows(job: ReportJob): { rows: TraineeRow[]; rest: ReportJob } {
  if (job.kind === 'cohort') return { rows: job.data.rows, rest: { kind: 'cohort', data: { ...job.data, rows: [] } } };
  if (job.kind === 'table' && job.data.content.kind === 'trainees') {
    const { content } = job.data;
    return { rows: content.rows, rest: { kind: 'table', data: { ...job.data, content: { ...content, rows: [] } } } };
  }
  return { rows: [], rest: job };
}

/** The job with the rows that were sent ahead of it put back, in order. */
export function joinRows(job: ReportJob, rows: TraineeRow[]): ReportJob {
  if (rows.length === 0) return job;
  if (job.kind === 'cohort') return { kind: 'cohort', data: { ...job.data, rows: rows.concat(job.data.rows) } };
  if (job.kind === 'table' && job.data.content.kind === 'trainees') {
    const { content } = job.data;
    return { kind: 'table', data: { ...job.data, content: { ...content, rows: rows.concat(content.rows) } } };
  }
  return job;
}

/** What the worker sends back: progress while it works, then one result or one failure per job. */
export type WorkerReply =
  | ({ type: 'progress' } & ReportProgress)
  | ({ type: 'done' } & MadeFile)
  /** `code` when the job refused its input in words (an ApiError): the caller gets the same error. */
  | { type: 'failed'; message: string; code?: ApiErrorCode };
