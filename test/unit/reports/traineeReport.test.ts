import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/dates';
import { useTempDirs } from '../support/tempDir';
import { readPdf, squashed } from './pdfInspect';
import { LONG_NOTE, NAMES, reportFixture } from './reportFixture';

/** The text of a date for a regular expression (German dates hold dots). */
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const tempDir = useTempDirs();
const ALL = { planIds: null, includeNotes: true, outstandingOnly: false, paperSize: 'A4' as const };

describe('individual progress report', () => {
  it('carries the header, trainee block, each plan’s standing, the ticked checklist, sign-off and attribution', async () => {
    const { call, lukasz } = await reportFixture(await tempDir());
    const file = await call('reports:trainee-pdf', { traineeId: lukasz.id, ...ALL });
    expect(file.fileName).toBe('Progress - Łukasz Żółć - 2026-11-22.pdf');
    const pdf = await readPdf(file.bytes, 'trainee-a4.pdf');
    expect(pdf.pages).toHaveLength(file.pageCount);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);

    const first = pdf.pages[0] ?? '';
    expect(first).toContain('Northfield Components Ltd');
    expect(first).toContain('Training progress report');
    expect(first).toMatch(new RegExp(`Generated ${escaped(formatDate('2026-11-22'))}, \\d{1,2}:00`));
    for (const value of ['Łukasz Żółć', 'B-100', 'Line 2', 'Leeds', 'Maria Keane', formatDate('2026-09-01')])
      expect(first).toContain(value);
    expect(first).toContain('Plant and System Operators, All Other');
    expect(first).toContain('SOC 51-8099.00 · framework version v.26.05');
    expect(first).toContain(`Developing by ${formatDate('2027-03-31')}`);
    expect(first).toContain('Attained level Emerging');
    expect(first).toContain('Status On track');
    expect(first).toContain('55% (11 of 20 statements)');
    expect(first).toMatch(/Emerging 10 \/ 10 Developing 1 \/ 10 Proficient 0 \/ 10 Advanced 0 \/ 10/);
    expect(first).toContain('Emerging — 10 of 10 achieved');
    expect(first).toContain(
      `Safety and sanitation regulations — recognize and follow under direct supervisor guidance on the plant floor. ${formatDate('2026-11-20')} Maria Keane Observed on line 2`,
    );
    expect(squashed(pdf.all)).toContain(squashed(LONG_NOTE));

    // The second plan starts on a new page; the office framework has nothing achieved.
    expect(pdf.all).toContain('Office Machine Operators, Except Computer');
    expect(pdf.all).toContain('Attained level Not yet Emerging');
    expect(pdf.all).toContain('Status No target date');

    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`Łukasz Żółć · Training progress report · Generated ${formatDate('2026-11-22')}`);
      expect(page).toContain(`Page ${String(i + 1)} of ${String(pdf.pages.length)}`);
    });
    const last = pdf.pages.at(-1) ?? '';
    expect(last).toMatch(/Sign-off Trainee .*Trainer .*Manager/);
    expect(last).toContain(
      'Plant and System Operators, All Other (51-8099.00, v.26.05): O*NET v30.2 (CC BY 4.0) · https://skillscrosswalk.com · LER.me · © EBSCOed',
    );
    expect(last).toContain('Office Machine Operators, Except Computer (43-9071.00, v.26.05): O*NET v30.2 (CC BY 4.0)');
  });

  it('can leave the evidence notes out, and list only what is outstanding', async () => {
    const { call, lukasz } = await reportFixture(await tempDir());
    const noNotes = await readPdf(
      (await call('reports:trainee-pdf', { traineeId: lukasz.id, ...ALL, includeNotes: false })).bytes,
    );
    expect(noNotes.all).not.toContain('Observed on line 2');
    expect(noNotes.all).not.toContain('Evidence note');
    expect(noNotes.all).toContain(`${formatDate('2026-11-20')} Maria Keane`);

    const outstanding = await readPdf(
      (await call('reports:trainee-pdf', { traineeId: lukasz.id, ...ALL, outstandingOnly: true })).bytes,
      'trainee-outstanding.pdf',
    );
    expect(outstanding.all).toContain('Outstanding statement');
    expect(outstanding.all).not.toContain(
      'Safety and sanitation regulations — recognize and follow under direct supervisor',
    );
    expect(outstanding.all).toContain('Every statement at this level is achieved.');
    expect(outstanding.all).toContain('Emerging — 10 of 10 achieved');
    expect(outstanding.all).toContain('Quality control');
  });

  it('prints one chosen plan only, on US Letter', async () => {
    const { call, lukasz } = await reportFixture(await tempDir());
    const detail = await call('trainees:get', { id: lukasz.id });
    const office = detail.plans.find((p) => p.soc === '43-9071.00');
    const file = await call('reports:trainee-pdf', {
      traineeId: lukasz.id,
      ...ALL,
      planIds: [office?.planId ?? ''],
      paperSize: 'LETTER',
    });
    const pdf = await readPdf(file.bytes, 'trainee-letter.pdf');
    expect(pdf.size).toEqual({ width: 612, height: 792 });
    expect(pdf.all).toContain('Office Machine Operators, Except Computer');
    expect(pdf.all).not.toContain('Plant and System Operators, All Other');
  });

  it.each(NAMES)('prints %s exactly', async (name) => {
    const ctx = await reportFixture(await tempDir());
    const trainee = ctx.trainees.find((t) => t.fullName === name);
    const pdf = await readPdf((await ctx.call('reports:trainee-pdf', { traineeId: trainee?.id ?? '', ...ALL })).bytes);
    expect(pdf.pages[0]).toContain(name);
    expect(pdf.pages.at(-1)).toContain(`${name} · Training progress report`);
  });

  it('never crashes on a character no embedded font has, and wraps what is too long', async () => {
    const { call, lukasz } = await reportFixture(await tempDir());
    await call('trainees:update', {
      id: lukasz.id,
      fullName: 'Łukasz 漢字 🙂 Żółć',
      employeeId: 'B-100',
      team: 'Line-2-with-an-extraordinarily-long-name-that-never-ends',
      site: 'Leeds',
      trainer: 'Maria Keane',
      startDate: '2026-09-01',
      notes: '',
    });
    const file = await call('reports:trainee-pdf', { traineeId: lukasz.id, ...ALL });
    const pdf = await readPdf(file.bytes, 'trainee-odd-characters.pdf');
    expect(squashed(pdf.all)).toContain('Line-2-with-an-extraordinarily-long-name-that-never-ends');
    expect(file.fileName).toBe('Progress - Łukasz 漢字 🙂 Żółć - 2026-11-22.pdf');
  });
});
