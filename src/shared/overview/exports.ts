import { z } from 'zod';
import { PAPER_SIZES } from '../settings/settings';
import { traineeFilterSchema } from '../reports/reportOptions';
import { SORT_KEYS } from '../trainees/traineeQuery';
import { matrixSortSchema } from './matrix';

export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export const MATRIX_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

const paperSize = z.enum(PAPER_SIZES, { error: 'Choose A4 or US Letter.' });

/**
 * The matrix as a file. The framework view needs `frameworkId`; without it the export is the overview
 * (trainees × frameworks). An XLSX of the overview also carries one sheet per framework.
 */
export const matrixExportInput = z
  .object({
    view: z.enum(['framework', 'overview']),
    frameworkId: z.string().min(1).max(200).nullable(),
    filter: traineeFilterSchema,
    sort: matrixSortSchema,
    format: z.enum(MATRIX_FORMATS, { error: 'Choose CSV, XLSX or PDF.' }),
    paperSize,
  })
  .strict()
  .refine((input) => input.view === 'overview' || input.frameworkId !== null, {
    message: 'Choose a framework for the matrix.',
    path: ['frameworkId'],
  });
export type MatrixExportInput = z.infer<typeof matrixExportInput>;

/** The trainees list as a file, with the list's filters and sort. */
export const traineesExportInput = z
  .object({
    filter: traineeFilterSchema,
    sort: z.object({ key: z.enum(SORT_KEYS), direction: z.enum(['asc', 'desc']) }).strict(),
    format: z.enum(TABLE_FORMATS, { error: 'Choose CSV or XLSX.' }),
  })
  .strict();
export type TraineesExportInput = z.infer<typeof traineesExportInput>;

export const dashboardPdfInput = z.object({ filter: traineeFilterSchema, paperSize }).strict();
export type DashboardPdfInput = z.infer<typeof dashboardPdfInput>;

/** A file made for the user to save: a spreadsheet, a CSV or a PDF. */
export interface ExportFile {
  fileName: string;
  /** The MIME type the browser mode downloads it as. */
  mimeType: string;
  bytes: Uint8Array;
  /** Data rows written (trainees), for the message after saving. */
  rowCount: number;
}
