import { describe, expect, it } from 'vitest';
import { createExportService } from '../../../src/main/exports/exportService';
import { createOverviewService } from '../../../src/main/overview/overviewService';
import type { MadeFile, ReportJob } from '../../../src/main/reports/reportJobs';
import { createTraineeViews } from '../../../src/main/trainees/traineeViewBuilder';
import { useTempDirs } from '../support/tempDir';
import { PLANT } from '../support/testApp';
import { EVERYONE, exportFixture, MATRIX_NAME_SORT, NAME_SORT } from './exportFixture';

const tempDir = useTempDirs();

const matrixInput = {
  view: 'framework',
  frameworkId: PLANT,
  filter: EVERYONE,
  sort: MATRIX_NAME_SORT,
  format: 'csv',
  paperSize: 'A4',
} as const;

describe('export calls with bad input', () => {
  it('say what is wrong in words, and make nothing', async () => {
    const { fail } = await exportFixture(await tempDir());
    expect(await fail('exports:trainees', { filter: EVERYONE, sort: NAME_SORT, format: 'pdf' })).toMatchObject({
      code: 'invalid_input',
      message: 'Choose CSV or XLSX.',
      fields: [{ path: 'format' }],
    });
    expect(await fail('exports:matrix', { ...matrixInput, format: 'docx' })).toMatchObject({
      code: 'invalid_input',
      message: 'Choose CSV, XLSX or PDF.',
    });
    expect(await fail('exports:matrix', { ...matrixInput, frameworkId: null })).toMatchObject({
      code: 'invalid_input',
      message: 'Choose a framework for the matrix.',
      fields: [{ path: 'frameworkId' }],
    });
    expect(await fail('exports:matrix', { ...matrixInput, frameworkId: '99-9999.00@v.1' })).toEqual({
      code: 'not_found',
      message: 'That framework is not in the library. It may have been removed.',
      fields: [],
    });
    expect(await fail('exports:matrix', { ...matrixInput, paperSize: 'A3' })).toMatchObject({
      code: 'invalid_input',
      message: 'Choose A4 or US Letter.',
    });
    expect(await fail('reports:dashboard-pdf', { filter: { ...EVERYONE, team: 7 }, paperSize: 'A4' })).toMatchObject({
      code: 'invalid_input',
      fields: [{ path: 'filter.team' }],
    });
  });
});

/** The export service over the real records, its worker replaced by a stand-in that keeps the jobs. */
async function withStandInWorker(answer: (job: ReportJob) => Promise<MadeFile>) {
  const { app } = await exportFixture(await tempDir());
  const now = () => new Date('2026-11-22T10:00:00Z');
  const views = createTraineeViews(app.store, app.frameworks, now);
  const overview = createOverviewService({ store: app.store, frameworks: app.frameworks, views, now });
  const jobs: ReportJob[] = [];
  const service = createExportService({
    store: app.store,
    frameworks: app.frameworks,
    views,
    overview,
    now,
    make: (job) => {
      jobs.push(job);
      return answer(job);
    },
  });
  return { service, jobs };
}

const PDF: MadeFile = { bytes: new Uint8Array([37, 80, 68, 70]), pageCount: 2 };

describe('the PDF exports, as handed to the report worker', () => {
  it('sends the matrix PDF its data: the matrix shown, the filters in words, the paper and the attributions', async () => {
    const { service, jobs } = await withStandInWorker(() => Promise.resolve(PDF));
    const file = await service.matrix({
      ...matrixInput,
      filter: { ...EVERYONE, team: 'Line 1' },
      format: 'pdf',
      paperSize: 'LETTER',
    });
    expect(file).toEqual({
      fileName: 'Skills matrix - Plant and System Operators, All Other - 2026-11-22.pdf',
      mimeType: 'application/pdf',
      bytes: PDF.bytes,
      rowCount: 1,
    });
    const [job] = jobs;
    if (job?.kind !== 'matrix-pdf') throw new Error(`expected a matrix PDF job, not ${String(job?.kind)}`);
    expect(job.data).toMatchObject({
      organisationName: 'Acme Plastics',
      generatedAt: new Date('2026-11-22T10:00:00Z'),
      filterDescription: 'Team: Line 1',
      paperSize: 'LETTER',
      matrix: { view: 'framework', data: { framework: { id: PLANT }, rows: [{ team: 'Line 1' }] } },
      attributions: [
        { title: 'Plant and System Operators, All Other', line: expect.stringContaining('CC BY 4.0') as string },
      ],
    });
  });

  it('sends the overview matrix PDF every framework shown, and the dashboard PDF the dashboard', async () => {
    const { service, jobs } = await withStandInWorker(() => Promise.resolve(PDF));
    await service.matrix({ ...matrixInput, view: 'overview', frameworkId: null, format: 'pdf' });
    const dashboard = await service.dashboardPdf({ filter: EVERYONE, paperSize: 'A4' });
    expect(dashboard).toEqual({ fileName: 'Training dashboard - 2026-11-22.pdf', bytes: PDF.bytes, pageCount: 2 });
    const [matrixJob, dashboardJob] = jobs;
    if (matrixJob?.kind !== 'matrix-pdf' || dashboardJob?.kind !== 'dashboard-pdf') throw new Error('wrong jobs');
    expect(matrixJob.data.matrix.view).toBe('overview');
    expect(matrixJob.data.attributions.map((a) => a.title)).toEqual([
      'Office Machine Operators, Except Computer',
      'Plant and System Operators, All Other',
    ]);
    expect(dashboardJob.data).toMatchObject({
      filterDescription: '',
      paperSize: 'A4',
      dashboard: { trainees: 4, withoutPlan: 1, plans: 4 },
    });
    expect(dashboardJob.data.attributions.map((a) => a.title).sort()).toEqual([
      'Office Machine Operators, Except Computer',
      'Plant and System Operators, All Other',
    ]);
  });

  it('says in words that the file was not made when the worker fails, and says a cancel as an export’s', async () => {
    const failing = await withStandInWorker(() => Promise.reject(new Error('pdfmake: table layout overflow')));
    await expect(failing.service.dashboardPdf({ filter: EVERYONE, paperSize: 'A4' })).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringMatching(/^The file could not be made\. Your records are unchanged\./) as string,
    });
    const cancelled = await withStandInWorker(() =>
      Promise.reject(new DOMException('The report was cancelled.', 'AbortError')),
    );
    await expect(
      cancelled.service.trainees({ filter: EVERYONE, sort: NAME_SORT, format: 'xlsx' }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: 'The export was cancelled. Nothing was saved.',
    });
  });
});

describe('cancelling an export', () => {
  it('stops the file being made, and the next export is made as usual', async () => {
    const { app, call } = await exportFixture(await tempDir());
    const input = { filter: EVERYONE, sort: NAME_SORT, format: 'xlsx' } as const;
    // The job is in the worker's queue as soon as the call is made; the worker takes far longer to start.
    const cancelledExport = app.dispatch('exports:trainees', input);
    expect(await call('reports:cancel', {})).toEqual({ cancelled: 1 });
    expect(await cancelledExport).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'The export was cancelled. Nothing was saved.', fields: [] },
    });
    const next = await call('exports:trainees', input);
    expect(next.rowCount).toBe(4);
  });
});
