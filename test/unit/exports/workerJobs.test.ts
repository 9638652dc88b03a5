import { describe, expect, it, vi } from 'vitest';
import type { ReportJob } from '../../../src/main/reports/reportJobs';

// The two PDFs are laid out elsewhere; here only that the worker's jobs reach them, with their data.
vi.mock('../../../src/main/reports/matrixPdf', () => ({
  renderMatrixPdf: (data: { paperSize: string }) =>
    Promise.resolve({ bytes: new TextEncoder().encode(`matrix on ${data.paperSize}`), pageCount: 3 }),
}));
vi.mock('../../../src/main/reports/dashboardPdf', () => ({
  DASHBOARD_REPORT_TITLE: 'Training dashboard',
  renderDashboardPdf: (data: { paperSize: string }) =>
    Promise.resolve({ bytes: new TextEncoder().encode(`dashboard on ${data.paperSize}`), pageCount: 1 }),
}));

describe('the report worker’s jobs', () => {
  it('makes the matrix and dashboard PDFs with their renderers', async () => {
    const { renderReportJob } = await import('../../../src/main/reports/renderReportJob');
    const { DASHBOARD_REPORT_TITLE } = await import('../../../src/main/reports/dashboardPdf');
    const base = { organisationName: '', generatedAt: new Date(), filterDescription: '', attributions: [] };
    const matrix = await renderReportJob({
      kind: 'matrix-pdf',
      data: {
        ...base,
        paperSize: 'LETTER',
        matrix: { view: 'overview', data: { frameworks: [], rows: [], coverage: [], all: 0 } },
      },
    });
    expect(new TextDecoder().decode(matrix.bytes)).toBe('matrix on LETTER');
    expect(matrix.pageCount).toBe(3);
    const dashboard = await renderReportJob({
      kind: 'dashboard-pdf',
      // Only the paper size matters to the stand-in renderer.
      data: { ...base, paperSize: 'A4', dashboard: {} as never },
    });
    expect(new TextDecoder().decode(dashboard.bytes)).toBe('dashboard on A4');
    expect(DASHBOARD_REPORT_TITLE).toBe('Training dashboard');
  });
});

describe('a big job’s trainee rows, sent ahead of it in chunks', () => {
  it('are taken off the job and put back in order', async () => {
    const { joinRows, splitRows } = await import('../../../src/main/reports/reportJobs');
    const rows = ['Ana', 'Ben', 'Chen'].map((fullName, i) => ({
      id: String(i),
      fullName,
      employeeId: null,
      team: '',
      site: '',
      trainer: '',
      archived: false,
      plans: [],
      nextTargetDate: null,
      lastActivity: null,
      lastEditedAt: '',
    }));
    const about = {
      title: 'Trainees',
      organisationName: '',
      generatedAt: new Date(),
      filterDescription: '',
      attributions: [],
    };
    const job: ReportJob = {
      kind: 'table',
      data: { format: 'csv', about, content: { kind: 'trainees', rows, includeArchived: false } },
    };
    const { rows: sent, rest } = splitRows(job);
    expect(sent.map((r) => r.fullName)).toEqual(['Ana', 'Ben', 'Chen']);
    expect(rest).toMatchObject({ kind: 'table', data: { content: { kind: 'trainees', rows: [] } } });
    // The worker gets the chunks first, then the job without them, and puts them back.
    expect(joinRows(rest, sent)).toEqual(job);
    expect(joinRows(job, [])).toBe(job);
    const matrixJob: ReportJob = {
      kind: 'table',
      data: {
        format: 'csv',
        about,
        content: {
          kind: 'overview-matrix',
          matrix: { frameworks: [], rows: [], coverage: [], all: 0 },
          frameworks: [],
        },
      },
    };
    expect(splitRows(matrixJob)).toEqual({ rows: [], rest: matrixJob });
  });
});
