import type { TraineeRow } from '../../shared/trainees/traineeViews';
import type { CohortReportData } from './cohortReport';
import type { TraineeReportData } from './traineeReport';

/**
 * What the main thread asks the report worker to make. Plain data only: it crosses the thread
 * boundary by structured clone, so the documents themselves (full of layout functions) are built on
 * the worker's side.
 */
export type ReportJob =
  | { kind: 'trainee'; data: TraineeReportData }
  | { kind: 'cohort'; data: CohortReportData }
  | { kind: 'combine'; title: string; files: Uint8Array[] };

/** Slices laid out so far, and of how many steps (the slices, then joining them). */
export interface ReportProgress {
  done: number;
  total: number;
}

/**
 * What the main thread sends: a cohort's rows go ahead in chunks (see postReportJob), and the job that
 * follows them is made of those rows.
 */
export type JobMessage = { type: 'rows'; rows: TraineeRow[] } | { type: 'job'; job: ReportJob };

/** What the worker sends back: progress while it works, then one result or one failure per job. */
export type WorkerReply =
  | ({ type: 'progress' } & ReportProgress)
  | { type: 'done'; bytes: Uint8Array; pageCount: number }
  | { type: 'failed'; message: string };
