import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/shared/dates';
import { useTempDirs } from '../support/tempDir';
import { readPdf, squashed } from './pdfInspect';
import { LONG_NOTE, NAMES, reportFixture } from './reportFixture';

/** The text of a date for a regular expression (German dates hold dots). */
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const tempDir = useTempDirs();
const ALL = {
  planIds: null,
  includeNotes: true,
  outstandingOnly: false,
  includeAboveTarget: true,
  paperSize: 'A4' as const,
};
/** The first statement of the plant framework's Proficient and Advanced levels, both above Łukasz's target. */
const PROFICIENT_1 = 'Safety and sanitation regulations — enforce autonomously across all shifts';
const ADVANCED_1 = 'Safety and sanitation program standards — set plant-wide expectations';

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
    expect(first).toMatch(
      /Emerging 10 \/ 10 Developing 1 \/ 10 Proficient · above target 0 \/ 10 Advanced · above target 0 \/ 10/,
    );
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
    // Nothing outstanding has a date, assessor or note: those columns are not printed at all.
    expect(outstanding.all).toContain('Outstanding statement Emerging — 10 of 10 achieved');
    for (const column of ['Achieved', 'Assessor', 'Evidence note']) expect(outstanding.all).not.toContain(column);
    expect(outstanding.all).not.toContain(
      'Safety and sanitation regulations — recognize and follow under direct supervisor',
    );
    expect(outstanding.all).toContain('Every statement at this level is achieved.');
    expect(outstanding.all).toContain('Emerging — 10 of 10 achieved');
    expect(outstanding.all).toContain('Quality control');
  });

  it('marks the levels above the plan’s target, and leaves them out when asked', async () => {
    const { call, lukasz } = await reportFixture(await tempDir());
    // A caller that predates the option (a script, an older renderer) gets every level, as before.
    const asBefore = { planIds: null, includeNotes: true, outstandingOnly: false, paperSize: 'A4' as const };
    const every = await readPdf((await call('reports:trainee-pdf', { traineeId: lukasz.id, ...asBefore })).bytes);
    // The plant plan's target is Developing; the office plan's is Emerging.
    expect(every.all).toContain('Developing — 1 of 10 achieved');
    expect(every.all).toContain('Proficient (above target) — 0 of 10 achieved');
    expect(every.all).toContain('Advanced (above target) — 0 of 10 achieved');
    expect(every.all).toContain('Developing (above target) — 0 of 10 achieved');
    expect(squashed(every.all)).toContain(squashed(PROFICIENT_1));
    expect(squashed(every.all)).toContain(squashed(ADVANCED_1));

    const file = await call('reports:trainee-pdf', { traineeId: lukasz.id, ...ALL, includeAboveTarget: false });
    const upToTarget = await readPdf(file.bytes, 'trainee-up-to-target.pdf');
    expect(upToTarget.all).not.toContain('above target');
    expect(squashed(upToTarget.all)).not.toContain(squashed(PROFICIENT_1));
    expect(squashed(upToTarget.all)).not.toContain(squashed(ADVANCED_1));
    expect(upToTarget.all).not.toMatch(/(Proficient|Advanced) — \d+ of 10 achieved/);
    expect(upToTarget.all).toContain('Emerging — 10 of 10 achieved');
    expect(upToTarget.all).toContain('Developing — 1 of 10 achieved');
    // Saying so, so no one takes the shorter list for the whole framework.
    expect(upToTarget.all).toContain('Levels above the target (Proficient, Advanced) are left out of this report.');
    expect(upToTarget.all).toContain(
      'Levels above the target (Developing, Proficient, Advanced) are left out of this report.',
    );
    expect(upToTarget.pages.length).toBeLessThan(every.pages.length);
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
