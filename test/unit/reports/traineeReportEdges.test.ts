import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../src/shared/dates';
import { renderPdf } from '../../../src/main/reports/pdfEngine';
import { traineeReportDocument } from '../../../src/main/reports/traineeReport';
import { useTempDirs } from '../support/tempDir';
import { pageLines, readPdf } from './pdfInspect';
import { reportFixture } from './reportFixture';

const tempDir = useTempDirs();
/** The text of a date for a regular expression (German dates hold dots); any space may be a no-break one. */
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s');
/** The test clock's moment, when the report says it was generated. */
const GENERATED = formatDateTime('2026-11-22T10:00:00Z');
const ALL = {
  planIds: null,
  includeNotes: true,
  outstandingOnly: false,
  includeAboveTarget: true,
  paperSize: 'A4' as const,
};

/** Exactly 200 characters, the most a name may have, with accents and a long unbroken part. */
const LONG_NAME = `Łukasz ${'Aleksandrowicz-Wolfeschlegelsteinhausen '.repeat(5)}`.slice(0, 199) + 'Ż';
const LONG_ORGANISATION = 'Northfield Precision Components and Assemblies '.repeat(5).slice(0, 200);

describe('individual progress report, at the edges', () => {
  it('keeps the footer on one line, page number whole, for a 200-character name and organisation', async () => {
    expect(LONG_NAME).toHaveLength(200);
    const { call, lukasz } = await reportFixture(await tempDir());
    await call('settings:update', { organisationName: LONG_ORGANISATION, trainerName: 'Maria Keane', paperSize: 'A4' });
    await call('trainees:update', {
      id: lukasz.id,
      fullName: LONG_NAME,
      employeeId: 'B-100',
      team: 'Line 2',
      site: 'Leeds',
      trainer: 'Maria Keane',
      startDate: '2026-09-01',
      notes: '',
    });
    for (const paperSize of ['A4', 'LETTER'] as const) {
      const file = await call('reports:trainee-pdf', { traineeId: lukasz.id, ...ALL, paperSize });
      const pdf = await readPdf(file.bytes, `trainee-long-name-${paperSize}.pdf`);
      const lines = await pageLines(file.bytes);
      expect(lines).toHaveLength(file.pageCount);
      lines.forEach((page, i) => {
        const label = `Page ${String(i + 1)} of ${String(lines.length)}`;
        const footer = page.filter((line) => line.includes('Training progress report · Generated'));
        // One footer line per page, holding the start of the name (cut with "…"), what it is, when, and the page.
        expect(footer).toHaveLength(1);
        expect(footer[0]).toMatch(
          new RegExp(
            `^Łukasz Aleksandrowicz-Wolfeschlegelsteinhausen .*… · Training progress report · Generated ${escaped(GENERATED)} ${label}$`,
          ),
        );
        expect(page.filter((line) => line.includes(label))).toEqual(footer);
      });
      // The name is printed whole where it is the subject: the trainee block.
      expect(pdf.pages[0]?.replace(/\s/g, '')).toContain(LONG_NAME.replace(/\s/g, ''));
    }
  });

  it('prints a dash where a check-off has no assessor', async () => {
    const { call, lukasz } = await reportFixture(await tempDir());
    const detail = await call('trainees:get', { id: lukasz.id });
    const plant = detail.plans.find((p) => p.soc === '51-8099.00');
    const first = plant?.checkoffs['emerging.1'];
    if (!plant || !first) throw new Error('fixture');
    // Another change lets a check-off be saved without an assessor; the report must not print a blank.
    plant.checkoffs['emerging.1'] = { ...first, assessor: '' };
    const { bytes } = await renderPdf(
      traineeReportDocument({
        organisationName: 'Northfield Components Ltd',
        generatedAt: new Date('2026-11-22T10:00:00Z'),
        trainee: detail.trainee,
        plans: [plant],
        options: { ...ALL, includeNotes: false },
      }),
    );
    const pdf = await readPdf(bytes, 'trainee-no-assessor.pdf');
    expect(pdf.all).toContain(`on the plant floor. ${formatDate('2026-11-20')} — Attendance and hours records`);
    expect(pdf.all).toContain(`with assistance from a lead operator. ${formatDate('2026-11-20')} Maria Keane`);
  });
});
