import { describe, expect, it } from 'vitest';
import { readPdf } from '../reports/pdfInspect';
import { useTempDirs } from '../support/tempDir';
import { PLANT } from '../support/testApp';
import { EVERYONE, exportFixture, MATRIX_NAME_SORT, QUOTED_NAME } from './exportFixture';

const tempDir = useTempDirs();
const LINE_1 = { ...EVERYONE, team: 'Line 1' };

// The layout of the two PDFs is tested with them (test/unit/reports); here, that the calls make them
// from the rows the filters pick, through the dispatch and the report worker.
describe('the matrix and dashboard PDFs, through the calls', () => {
  it('makes the framework matrix of the filtered trainees, on the paper asked for', async () => {
    const { call } = await exportFixture(await tempDir());
    const file = await call('exports:matrix', {
      view: 'framework',
      frameworkId: PLANT,
      filter: LINE_1,
      sort: MATRIX_NAME_SORT,
      format: 'pdf',
      paperSize: 'LETTER',
    });
    expect(file.fileName).toBe('Skills matrix - Plant and System Operators, All Other - 2026-11-22.pdf');
    expect(file.mimeType).toBe('application/pdf');
    expect(file.rowCount).toBe(1);
    const pdf = await readPdf(file.bytes, 'export-matrix.pdf');
    // US Letter, landscape.
    expect(pdf.size).toEqual({ width: 792, height: 612 });
    expect(pdf.all).toContain(QUOTED_NAME);
    expect(pdf.all).not.toContain('Ana Silva');
    expect(pdf.all).toContain('Team: Line 1');
    expect(pdf.all).toContain('CC BY 4.0');
  });

  it('makes the overview matrix and the dashboard summary', async () => {
    const { call } = await exportFixture(await tempDir());
    const overview = await call('exports:matrix', {
      view: 'overview',
      frameworkId: null,
      filter: EVERYONE,
      sort: MATRIX_NAME_SORT,
      format: 'pdf',
      paperSize: 'A4',
    });
    expect(overview.fileName).toBe('Skills matrix - All frameworks - 2026-11-22.pdf');
    const matrix = await readPdf(overview.bytes, 'export-overview.pdf');
    for (const name of ['Ana Silva', 'Ben Okafor', QUOTED_NAME]) expect(matrix.all).toContain(name);

    const dashboard = await call('reports:dashboard-pdf', { filter: LINE_1, paperSize: 'A4' });
    expect(dashboard.fileName).toBe('Training dashboard - 2026-11-22.pdf');
    expect(dashboard.pageCount).toBe(1);
    const summary = await readPdf(dashboard.bytes, 'export-dashboard.pdf');
    expect(summary.all).toContain('Team: Line 1');
    expect(summary.all).toContain('CC BY 4.0');
  });
});
