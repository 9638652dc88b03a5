import dayjs from 'dayjs';
import { ApiError } from '../../shared/api/errors';
import { attributionLine } from '../../shared/framework/framework';
import type {
  DashboardPdfInput,
  ExportFile,
  MatrixExportInput,
  TraineesExportInput,
} from '../../shared/overview/exports';
import { DEFAULT_MATRIX_SORT, type FrameworkMatrix, type MatrixSort } from '../../shared/overview/matrix';
import { describeFilter } from '../../shared/reports/filterDescription';
import { safeFileName, type PdfFile } from '../../shared/reports/reportOptions';
import { matchesFilter, sortRows, type TraineeFilter } from '../../shared/trainees/traineeFilter';
import type { FrameworkLibrary } from '../frameworks/frameworkLibrary';
import type { OverviewService } from '../overview/overviewService';
import { DASHBOARD_REPORT_TITLE, MATRIX_REPORT_TITLE } from '../reports/reportTitles';
import type { MadeFile, ReportJob } from '../reports/reportJobs';
import type { Store } from '../store/store';
import type { TraineeViews } from '../trainees/traineeViewBuilder';
import type { ExportAbout, TableExportData } from './exportTable';

export const MIME_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

export interface ExportDeps {
  store: Store;
  frameworks: FrameworkLibrary;
  views: TraineeViews;
  overview: OverviewService;
  now: () => Date;
  /** Makes the file in the report worker, one job at a time with the reports. */
  make: (job: ReportJob) => Promise<MadeFile>;
}

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/**
 * The exports: the main thread gathers the rows (it owns the records) as the window shows them, and the
 * report worker builds the file from them, so a click is answered while 10,000 rows are written.
 */
export function createExportService({ store, frameworks, views, overview, now, make }: ExportDeps) {
  function aboutOf(title: string, filter: TraineeFilter, frameworkIds: Iterable<string>): ExportAbout {
    const attributions = [...new Set(frameworkIds)]
      .map((id) => frameworks.find(id))
      .filter((f) => f !== undefined)
      .map((f) => ({ title: f.occupation.title, line: attributionLine(f) }));
    return {
      title,
      organisationName: store.settings().organisationName,
      generatedAt: now(),
      filterDescription: describeFilter(filter, (id) => frameworks.find(id)?.occupation.title),
      attributions,
    };
  }

  async function made(job: ReportJob): Promise<MadeFile> {
    try {
      return await make(job);
    } catch (error) {
      if (isAbort(error)) throw new ApiError('conflict', 'The export was cancelled. Nothing was saved.');
      // Closing or too big say so themselves.
      if (error instanceof ApiError) throw error;
      throw new ApiError(
        'internal',
        'The file could not be made. Your records are unchanged. Try again; if it fails again, choose fewer trainees with the filters.',
      );
    }
  }

  const dated = (name: string, at: Date, extension: string): string =>
    `${safeFileName(`${name} - ${dayjs(at).format('YYYY-MM-DD')}`)}.${extension}`;

  /** The framework sheets of an overview workbook, each sorted as the overview is where that makes sense. */
  function sheetSort(sort: MatrixSort, frameworkId: string): MatrixSort {
    if (sort.key !== 'column') return sort;
    return sort.column === frameworkId
      ? { key: 'progress', column: null, direction: sort.direction }
      : DEFAULT_MATRIX_SORT;
  }

  return {
    async matrix({ view, frameworkId, filter, sort, format, paperSize }: MatrixExportInput): Promise<ExportFile> {
      let content: TableExportData['content'];
      let name: string;
      let rowCount: number;
      if (view === 'framework' && frameworkId !== null) {
        const matrix = overview.frameworkMatrix({ frameworkId, filter, sort });
        content = { kind: 'framework-matrix', matrix };
        name = `${MATRIX_REPORT_TITLE} - ${matrix.framework.title}`;
        rowCount = matrix.rows.length;
      } else {
        const matrix = overview.matrix(filter, sort);
        const sheets: FrameworkMatrix[] =
          format === 'xlsx'
            ? matrix.frameworks.map((f) =>
                overview.frameworkMatrix({ frameworkId: f.id, filter, sort: sheetSort(sort, f.id) }),
              )
            : [];
        content = { kind: 'overview-matrix', matrix, frameworks: sheets };
        name = `${MATRIX_REPORT_TITLE} - All frameworks`;
        rowCount = matrix.rows.length;
      }
      const ids =
        content.kind === 'framework-matrix'
          ? [content.matrix.framework.id]
          : content.matrix.frameworks.map((f) => f.id);
      const about = aboutOf(name, filter, ids);
      if (format === 'pdf') {
        const matrix =
          content.kind === 'framework-matrix'
            ? { view: 'framework' as const, data: content.matrix }
            : { view: 'overview' as const, data: content.matrix };
        const { organisationName, generatedAt, filterDescription, attributions } = about;
        const { bytes } = await made({
          kind: 'matrix-pdf',
          data: { organisationName, generatedAt, filterDescription, paperSize, matrix, attributions },
        });
        return { fileName: dated(name, about.generatedAt, 'pdf'), mimeType: MIME_TYPES.pdf, bytes, rowCount };
      }
      const { bytes } = await made({ kind: 'table', data: { format, about, content } });
      return { fileName: dated(name, about.generatedAt, format), mimeType: MIME_TYPES[format], bytes, rowCount };
    },

    /** The trainees list as it is shown: the same rows, in the same order, as `trainees:query`. */
    async trainees({ filter, sort, format }: TraineesExportInput): Promise<ExportFile> {
      const rows = sortRows(
        views.rows().filter((row) => matchesFilter(row, filter)),
        sort.key,
        sort.direction,
      );
      const about = aboutOf(
        'Trainees',
        filter,
        rows.flatMap((r) => r.plans.map((p) => p.frameworkId)),
      );
      const { bytes } = await made({
        kind: 'table',
        data: { format, about, content: { kind: 'trainees', rows, includeArchived: filter.includeArchived } },
      });
      return {
        fileName: dated('Trainees', about.generatedAt, format),
        mimeType: MIME_TYPES[format],
        bytes,
        rowCount: rows.length,
      };
    },

    async dashboardPdf({ filter, paperSize }: DashboardPdfInput): Promise<PdfFile> {
      const dashboard = overview.dashboard(filter);
      const about = aboutOf(
        DASHBOARD_REPORT_TITLE,
        filter,
        dashboard.byFramework.map((f) => f.frameworkId),
      );
      const { organisationName, generatedAt, filterDescription, attributions } = about;
      const { bytes, pageCount } = await made({
        kind: 'dashboard-pdf',
        data: { organisationName, generatedAt, filterDescription, paperSize, dashboard, attributions },
      });
      return { fileName: dated(DASHBOARD_REPORT_TITLE, generatedAt, 'pdf'), bytes, pageCount };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
