import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/dates';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';
import { cohortDataFile } from '../../fixtures/cohortData';
import { openTestApp, PLANT } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';
import { readPdf } from './pdfInspect';
import { NAMES, reportFixture } from './reportFixture';

/** The text of a date for a regular expression (German dates hold dots). */
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const tempDir = useTempDirs();
const ATTRIBUTION = 'O*NET v30.2 (CC BY 4.0) · https://skillscrosswalk.com · LER.me · © EBSCOed';

describe('cohort progression report', () => {
  it('summarises by status and attained level, lists every plan by team then name, and carries the attribution', async () => {
    const { call } = await reportFixture(await tempDir());
    const file = await call('reports:cohort-pdf', { filter: NO_FILTER, paperSize: 'A4' });
    expect(file.fileName).toBe('Cohort progression - 2026-11-22.pdf');
    expect(file.rowCount).toBe(5);
    const pdf = await readPdf(file.bytes, 'cohort-small.pdf');
    expect(pdf.size.width).toBeGreaterThan(pdf.size.height);
    const text = pdf.all;
    expect(text).toContain(`Northfield Components Ltd Cohort progression report Generated ${formatDate('2026-11-22')}`);
    expect(text).toContain('5 trainees · all trainees');
    // Plans: Łukasz on track + no date, Hương overdue, Σοφία behind (nothing done, due in 18 days), Дмитрий met;
    // José has none.
    expect(text).toMatch(
      /Plans by status Status Plans Overdue 1 Behind 1 Due soon 0 On track 1 No target date 1 Target met 1 Trainees with no plan 1/,
    );
    expect(text).toMatch(/Plant and System Operators, All Other \(v\.26\.05\) 1 2 0 0 0 3/);
    expect(text).toMatch(/Office Machine Operators, Except Computer \(v\.26\.05\) 2 0 0 0 0 2/);

    const order = [
      'Nguyễn Thị Hương',
      'Дмитрий Иванов',
      'José Núñez',
      'Łukasz Żółć',
      'Łukasz Żółć',
      'Σοφία Παπαδοπούλου',
    ];
    const positions = order.map((name, i) =>
      text.indexOf(
        name,
        i === 4 ? text.indexOf('Łukasz Żółć', text.indexOf('Trainee Badge ID')) + 1 : text.indexOf('Trainee Badge ID'),
      ),
    );
    expect(positions.every((p, i) => p > 0 && (i === 0 || p > (positions[i - 1] ?? 0)))).toBe(true);
    expect(text).toContain(
      `Łukasz Żółć B-100 Line 2 Maria Keane Plant and System Operators, All Other Developing by ${formatDate('2027-03-31')} Emerging 55% On track`,
    );
    expect(text).toContain('José Núñez B-104 Line 2 Maria Keane No plan yet');
    expect(text).toContain(`Plant and System Operators, All Other (51-8099.00, v.26.05): ${ATTRIBUTION}`);
    expect(text).toMatch(
      new RegExp(
        `Cohort progression report · 5 trainees · all trainees · Generated ${escaped(formatDate('2026-11-22'))}, \\d{1,2}:\\d\\d.* Page 1 of 1`,
      ),
    );
  });

  it('applies the filters and says which ones in the report', async () => {
    const { call } = await reportFixture(await tempDir());
    const file = await call('reports:cohort-pdf', {
      filter: { ...NO_FILTER, team: 'Line 2', frameworkId: PLANT, status: 'behind' },
      paperSize: 'LETTER',
    });
    expect(file.rowCount).toBe(1);
    const pdf = await readPdf(file.bytes, 'cohort-letter.pdf');
    expect(pdf.size).toEqual({ width: 792, height: 612 });
    expect(pdf.all).toContain(
      '1 trainee · Team: Line 2 · Framework: Plant and System Operators, All Other · Status: Behind',
    );
    expect(pdf.all).toContain('Σοφία Παπαδοπούλου');
    for (const name of NAMES.filter((n) => n !== 'Σοφία Παπαδοπούλου')) expect(pdf.all).not.toContain(`${name} Line`);
  });

  it('repeats the table header on every page of a long report', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'trainplan.json'), cohortDataFile(400));
    const { call } = await openTestApp(dir);
    const file = await call('reports:cohort-pdf', { filter: NO_FILTER, paperSize: 'A4' });
    const pdf = await readPdf(file.bytes, 'cohort-400.pdf');
    expect(pdf.pages.length).toBe(file.pageCount);
    expect(pdf.pages.length).toBeGreaterThan(5);
    const header = 'Trainee Badge ID Team Trainer Framework Target Attained Progress Status Last activity';
    pdf.pages.forEach((page, i) => {
      // Every page starts with the header: the attribution never stands on a page of its own.
      expect(page.startsWith(header)).toBe(i > 0);
      if (i === 0) expect(page).toContain(header);
      expect(page).toContain(`Page ${String(i + 1)} of ${String(pdf.pages.length)}`);
    });
    expect(pdf.pages.at(-1)).toContain(ATTRIBUTION);
  });
});
