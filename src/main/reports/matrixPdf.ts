import type { FrameworkMatrix, OverviewMatrix } from '../../shared/overview/matrix';
import type { PaperSize } from '../../shared/settings/settings';
import type { RenderedPdf } from './pdfEngine';

export const MATRIX_REPORT_TITLE = 'Skills matrix';

/** What the matrix PDF is made of: plain data, cloned to the report worker. */
export interface MatrixPdfData {
  organisationName: string;
  generatedAt: Date;
  /** The filters in words ("Team: Line 1 · Status: Overdue"); empty for everyone. */
  filterDescription: string;
  paperSize: PaperSize;
  matrix: { view: 'framework'; data: FrameworkMatrix } | { view: 'overview'; data: OverviewMatrix };
  /** Each framework shown, with its source and attribution line (every report carries them). */
  attributions: { title: string; line: string }[];
}

/** The matrix as a landscape PDF; wide frameworks split across pages, the name column on each. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a placeholder until the PDF is built
export function renderMatrixPdf(_data: MatrixPdfData): Promise<RenderedPdf> {
  return Promise.reject(new Error('The matrix PDF is not ready yet.'));
}
