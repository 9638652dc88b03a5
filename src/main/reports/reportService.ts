import dayjs from 'dayjs';
import type { MadeFile, ReportJob, ReportProgress } from './reportJobs';
import { ApiError } from '../../shared/api/errors';
import type { Framework } from '../../shared/framework/framework';
import { describeFilter } from '../../shared/reports/filterDescription';
import { hasAnyStatus, matchesFilter } from '../../shared/trainees/traineeFilter';
import {
  safeFileName,
  type CohortReportOptions,
  type PdfFile,
  type TraineeReportOptions,
} from '../../shared/reports/reportOptions';
import type { FrameworkLibrary } from '../frameworks/frameworkLibrary';
import type { Store } from '../store/store';
import type { TraineeViews } from '../trainees/traineeViewBuilder';
import type { CohortReportData } from './cohortReport';
import { createReportQueue, type RunOptions } from './reportQueue';
import { startReportWorker } from './reportWorkerEntry';

interface ReportDeps {
  store: Store;
  frameworks: FrameworkLibrary;
  views: TraineeViews;
  now: () => Date;
}

/**
 * The report worker's heap. The young generation is larger than V8's default because pdfmake makes
 * millions of short-lived objects (measured: 10,000 rows in about 9 s instead of 12 s). The old
 * generation's ceiling is what a report may take before it fails with a message instead of taking the
 * machine's memory: a 100,000-row cohort report needs about 250 MB (at a 256 MB ceiling it still
 * finished, but three times slower for the collections), so 512 MB leaves it twice that.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 96, maxOldGenerationSizeMb: 512 };

/** The rows a cohort report covers, gathered where the store is; plain data, to be cloned to the worker. */
function cohortData(
  { store, frameworks, views, now }: ReportDeps,
  { filter, paperSize, statuses = [], order = 'team' }: CohortReportOptions,
): CohortReportData {
  const wanted = new Set(statuses);
  const rows = views
    .rows()
    .filter(
      (row) => matchesFilter(row, filter) && (wanted.size === 0 || hasAnyStatus(row, wanted, filter.frameworkId)),
    );
  const used = new Set(rows.flatMap((r) => r.plans.map((p) => p.frameworkId)));
  return {
    organisationName: store.settings().organisationName,
    generatedAt: now(),
    rows,
    frameworks: [...used].map((id) => frameworks.find(id)).filter((f): f is Framework => f !== undefined),
    filterDescription: describeFilter(filter, (id) => frameworks.find(id)?.occupation.title, statuses),
    paperSize,
    order,
  };
}

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/**
 * The report calls. The main thread gathers the data (it owns the store) and sends it, as plain data,
 * to the report worker, which lays out and renders the PDF; every other call is answered meanwhile.
 */
export function createReportService(deps: ReportDeps) {
  const { store, views, now } = deps;
  const queue = createReportQueue({ startWorker: () => startReportWorker(WORKER_LIMITS) });
  /** How far the cohort report being made is, in slices of rows, for the window's progress bar. */
  let cohortProgress: ReportProgress | null = null;

  /** Not async, so the gathered rows are not kept alive while the worker renders: it has its own copy. */
  function startCohort(options: CohortReportOptions, run: RunOptions) {
    const data = cohortData(deps, options);
    return { rowCount: data.rows.length, generatedAt: data.generatedAt, pdf: queue.run({ kind: 'cohort', data }, run) };
  }

  return {
    async traineePdf(options: TraineeReportOptions): Promise<PdfFile> {
      const detail = await views.detail(options.traineeId);
      const plans =
        options.planIds === null ? detail.plans : detail.plans.filter((p) => options.planIds?.includes(p.planId));
      if (options.planIds !== null && plans.length === 0) {
        throw new ApiError('invalid_input', 'Choose at least one of the trainee’s plans for the report.');
      }
      const generatedAt = now();
      const { bytes, pageCount } = await queue.run({
        kind: 'trainee',
        data: {
          organisationName: store.settings().organisationName,
          generatedAt,
          trainee: detail.trainee,
          plans,
          options,
        },
      });
      const date = dayjs(generatedAt).format('YYYY-MM-DD');
      return { fileName: `${safeFileName(`Progress - ${detail.trainee.fullName} - ${date}`)}.pdf`, bytes, pageCount };
    },

    async cohortPdf(options: CohortReportOptions, run: RunOptions = {}): Promise<PdfFile & { rowCount: number }> {
      const { rowCount, generatedAt, pdf } = startCohort(options, {
        ...run,
        onProgress: (progress) => {
          cohortProgress = progress;
          run.onProgress?.(progress);
        },
      });
      const { bytes, pageCount } = await pdf.finally(() => {
        cohortProgress = null;
      });
      const date = dayjs(generatedAt).format('YYYY-MM-DD');
      return { fileName: `Cohort progression - ${date}.pdf`, bytes, pageCount, rowCount };
    },

    async combine({ fileName, files }: { fileName: string; files: Uint8Array[] }): Promise<PdfFile> {
      try {
        const { bytes, pageCount } = await queue.run({ kind: 'combine', title: fileName, files });
        return { fileName: `${safeFileName(fileName.replace(/\.pdf$/i, ''))}.pdf`, bytes, pageCount };
      } catch (error) {
        // Cancelled, closing or too big say so themselves; anything else is a file pdf-lib could not read.
        if (error instanceof ApiError || isAbort(error)) throw error;
        throw new ApiError(
          'invalid_input',
          'The reports could not be put together in one file. Export them one by one instead.',
        );
      }
    },

    /** Any other job for the worker (the exports): in the same queue, so one file is made at a time. */
    run: (job: ReportJob, run: RunOptions = {}): Promise<MadeFile> => queue.run(job, run),
    /** The cohort report being made: slices done of all, or null when none is being made. */
    progress: (): ReportProgress | null => cohortProgress,
    /** Stops every report being made or waiting; says how many there were. */
    cancel: (): number => queue.cancelAll(),
    close: (): Promise<void> => queue.close(),
  };
}

export type ReportService = ReturnType<typeof createReportService>;
