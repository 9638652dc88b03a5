import { renderTable } from '../exports/renderTable';
import { readRosterTable } from '../roster/rosterTableJob';
import { COHORT_REPORT_TITLE, cohortReportDocuments, type CohortReportData } from './cohortReport';
import { combinePdfs } from './combinePdfs';
import { renderDashboardPdf } from './dashboardPdf';
import { renderMatrixPdf } from './matrixPdf';
import { renderPdf, type RenderedPdf } from './pdfEngine';
import type { MadeFile, ReportJob, ReportProgress } from './reportJobs';
import { traineeReportDocument } from './traineeReport';

/** Makes one report's PDF, or one export's file. Runs in the report worker, where blocking for seconds holds up no one. */
export async function renderReportJob(
  job: ReportJob,
  onProgress: (progress: ReportProgress) => void = () => undefined,
): Promise<MadeFile> {
  switch (job.kind) {
    case 'trainee':
      return renderPdf(traineeReportDocument(job.data));
    case 'combine':
      return combinePdfs(job.files, job.title);
    case 'cohort':
      return renderCohort(job.data, onProgress);
    case 'matrix-pdf':
      return renderMatrixPdf(job.data, onProgress);
    case 'dashboard-pdf':
      return renderDashboardPdf(job.data);
    case 'table':
      return { bytes: await renderTable(job.data), pageCount: 0 };
    case 'roster-table':
      return readRosterTable(job);
  }
}
async function renderCohort(
  data: CohortReportData,
  onProgress: (progress: ReportProgress) => void,
): Promise<RenderedPdf> {
  const { count, slices } = cohortReportDocuments(data);
  // Joining the slices is the last step.
  const total = count + 1;
  const rendered: Uint8Array[] = [];
  // One slice at a time, each built when its turn comes and let go once rendered (pdfmake stores its
  // measurements in the document it lays out), so only one slice's layout is ever in memory.
  for (const slice of slices) {
    if (count > 1) onProgress({ done: rendered.length, total });
    let pdf = await renderPdf(slice.document);
    // Rarely, the attribution lands alone on the last page: then the last rows go with it.
    const again = slice.keepingAttributionWithRows();
    if (again) pdf = await renderPdf(again);
    if (count === 1) return pdf;
    rendered.push(pdf.bytes);
  }
  onProgress({ done: rendered.length, total });
  return combinePdfs(rendered, COHORT_REPORT_TITLE, { numberPages: true });
}
