import { COHORT_REPORT_TITLE, cohortReportDocuments, type CohortReportData } from './cohortReport';
import { combinePdfs } from './combinePdfs';
import { renderPdf, type RenderedPdf } from './pdfEngine';
import type { ReportJob, ReportProgress } from './reportJobs';
import { traineeReportDocument } from './traineeReport';

/** Makes one report's PDF. Runs in the report worker, where blocking for seconds holds up no one. */
export async function renderReportJob(
  job: ReportJob,
  onProgress: (progress: ReportProgress) => void = () => undefined,
): Promise<RenderedPdf> {
  switch (job.kind) {
    case 'trainee':
      return renderPdf(traineeReportDocument(job.data));
    case 'combine':
      return combinePdfs(job.files, job.title);
    case 'cohort':
      return renderCohort(job.data, onProgress);
  }
}

async function renderCohort(
  data: CohortReportData,
  onProgress: (progress: ReportProgress) => void,
): Promise<RenderedPdf> {
  const { count, documents } = cohortReportDocuments(data);
  // Joining the slices is the last step.
  const total = count + 1;
  const slices: Uint8Array[] = [];
  // One slice at a time, each built when its turn comes and let go once rendered (pdfmake stores its
  // measurements in the document it lays out), so only one slice's layout is ever in memory.
  for (const doc of documents) {
    if (count === 1) return renderPdf(doc);
    onProgress({ done: slices.length, total });
    slices.push((await renderPdf(doc)).bytes);
  }
  onProgress({ done: slices.length, total });
  return combinePdfs(slices, COHORT_REPORT_TITLE, { numberPages: true });
}
