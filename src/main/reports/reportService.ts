import dayjs from 'dayjs';
import { ApiError } from '../../shared/api/errors';
import type { Framework } from '../../shared/framework/framework';
import { STATUS_FILTER_LABELS, matchesFilter, type TraineeFilter } from '../../shared/trainees/traineeFilter';
import {
  safeFileName,
  type CohortReportOptions,
  type PdfFile,
  type TraineeReportOptions,
} from '../../shared/reports/reportOptions';
import type { FrameworkLibrary } from '../frameworks/frameworkLibrary';
import type { Store } from '../store/store';
import type { TraineeViews } from '../trainees/traineeViewBuilder';
import { COHORT_REPORT_TITLE, cohortReportDocuments } from './cohortReport';
import { combinePdfs } from './combinePdfs';
import { renderPdf, type RenderedPdf } from './pdfEngine';
import { traineeReportDocument } from './traineeReport';

interface ReportDeps {
  store: Store;
  frameworks: FrameworkLibrary;
  views: TraineeViews;
  now: () => Date;
}

function describeFilter(filter: TraineeFilter, frameworks: FrameworkLibrary): string {
  const parts: string[] = [];
  if (filter.search.trim()) parts.push(`Search: “${filter.search.trim()}”`);
  if (filter.team !== null) parts.push(`Team: ${filter.team}`);
  if (filter.site !== null) parts.push(`Site: ${filter.site}`);
  if (filter.trainer !== null) parts.push(`Trainer: ${filter.trainer}`);
  if (filter.frameworkId !== null)
    parts.push(`Framework: ${frameworks.find(filter.frameworkId)?.occupation.title ?? filter.frameworkId}`);
  if (filter.status !== null) parts.push(`Status: ${STATUS_FILTER_LABELS[filter.status]}`);
  if (filter.includeArchived) parts.push('archived trainees included');
  return parts.join(' · ');
}

export function createReportService({ store, frameworks, views, now }: ReportDeps) {
  return {
    async traineePdf(options: TraineeReportOptions): Promise<PdfFile> {
      const detail = await views.detail(options.traineeId);
      const plans =
        options.planIds === null ? detail.plans : detail.plans.filter((p) => options.planIds?.includes(p.planId));
      if (options.planIds !== null && plans.length === 0) {
        throw new ApiError('invalid_input', 'Choose at least one of the trainee’s plans for the report.');
      }
      const generatedAt = now();
      const { bytes, pageCount } = await renderPdf(
        traineeReportDocument({
          organisationName: store.settings().organisationName,
          generatedAt,
          trainee: detail.trainee,
          plans,
          options,
        }),
      );
      const date = dayjs(generatedAt).format('YYYY-MM-DD');
      return { fileName: `${safeFileName(`Progress - ${detail.trainee.fullName} - ${date}`)}.pdf`, bytes, pageCount };
    },

    async cohortPdf({ filter, paperSize }: CohortReportOptions): Promise<PdfFile & { rowCount: number }> {
      const rows = views.rows().filter((row) => matchesFilter(row, filter));
      const used = new Set(rows.flatMap((r) => r.plans.map((p) => p.frameworkId)));
      const frameworkList = [...used].map((id) => frameworks.find(id)).filter((f): f is Framework => f !== undefined);
      const generatedAt = now();
      const documents = cohortReportDocuments({
        organisationName: store.settings().organisationName,
        generatedAt,
        rows,
        frameworks: frameworkList,
        filterDescription: describeFilter(filter, frameworks),
        paperSize,
      });
      // One slice at a time, so only one slice's layout is ever in memory.
      const slices: RenderedPdf[] = [];
      for (const doc of documents) slices.push(await renderPdf(doc));
      const [only] = slices;
      const { bytes, pageCount } =
        slices.length === 1 && only
          ? only
          : await combinePdfs(
              slices.map((slice) => slice.bytes),
              COHORT_REPORT_TITLE,
              { numberPages: true },
            );
      const date = dayjs(generatedAt).format('YYYY-MM-DD');
      return { fileName: `Cohort progression - ${date}.pdf`, bytes, pageCount, rowCount: rows.length };
    },

    async combine({ fileName, files }: { fileName: string; files: Uint8Array[] }): Promise<PdfFile> {
      try {
        const { bytes, pageCount } = await combinePdfs(files, fileName);
        return { fileName: `${safeFileName(fileName.replace(/\.pdf$/i, ''))}.pdf`, bytes, pageCount };
      } catch {
        throw new ApiError(
          'invalid_input',
          'The reports could not be put together in one file. Export them one by one instead.',
        );
      }
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
