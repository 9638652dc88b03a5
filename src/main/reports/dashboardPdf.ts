import type { Dashboard } from '../../shared/overview/dashboard';
import type { PaperSize } from '../../shared/settings/settings';
import type { RenderedPdf } from './pdfEngine';

export const DASHBOARD_REPORT_TITLE = 'Training dashboard';

/** What the one-page dashboard summary is made of: plain data, cloned to the report worker. */
export interface DashboardPdfData {
  organisationName: string;
  generatedAt: Date;
  filterDescription: string;
  paperSize: PaperSize;
  dashboard: Dashboard;
  attributions: { title: string; line: string }[];
}

/** The dashboard on one page, its charts drawn as vectors. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a placeholder until the PDF is built
export function renderDashboardPdf(_data: DashboardPdfData): Promise<RenderedPdf> {
  return Promise.reject(new Error('The dashboard PDF is not ready yet.'));
}
