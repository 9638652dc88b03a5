import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../../src/shared/roster/rosterImport';
import { openTestApp } from '../support/testApp';
import { useTempDirs } from '../support/tempDir';
import { csv, fixture, hrWorkbook } from './rosterFiles';

const tempDir = useTempDirs();

async function preview(file: { fileName: string; bytes: Uint8Array }, extra: object = {}) {
  const { call } = await openTestApp(await tempDir());
  return call('roster:preview', { ...file, ...extra });
}

describe('the roster preview', () => {
  it('reads a UTF-8 CSV with a BOM and semicolons, skipping empty rows, and guesses the columns', async () => {
    const p = await preview(await fixture('bom-semicolon.csv'));
    expect(p).toMatchObject({ fileKind: 'csv', encoding: 'UTF-8', separator: 'semicolon', totalRows: 2 });
    expect(p.columns.map((c) => c.target)).toEqual(['fullName', 'employeeId', 'team', 'site', 'startDate']);
    expect(p.columns[0]?.header).toBe('Name');
    expect(p.rows.map((r) => [r.row, r.fullName, r.startDate, r.action])).toEqual([
      [2, 'Anna Berg', '2026-03-02', 'add'],
      [4, 'Tom Hale', '2026-03-14', 'add'],
    ]);
    expect(p.dateFormats).toBe('YYYY-MM-DD, DD/MM/YYYY');
    expect(p.dateOrderAsked).toBe(false);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, says so, and joins first and last names', async () => {
    const p = await preview(await fixture('windows-1252.csv'));
    expect(p.encoding).toMatch(/Windows-1252.*not UTF-8/);
    expect(p.rows.map((r) => [r.fullName, r.employeeId, r.team, r.startDate])).toEqual([
      ['Jürgen Müller', 'E-7', 'Pressing', '2026-02-03'],
      ['Sigrid Ødegård', 'E-8', 'Pressing', '2026-03-03'],
    ]);
    expect(p.dateFormats).toBe('DD.MM.YYYY, dates with month names (3 Mar 2026)');
    const asUtf8 = await preview(await fixture('windows-1252.csv'), { encoding: 'utf-8' });
    expect(asUtf8.encoding).toBe('UTF-8 (as you chose)');
    expect(asUtf8.rows[0]?.fullName).toContain('\uFFFD');
  });

  it('reads a tab-separated export with a quoted newline in a cell and month-first dates told by the column', async () => {
    const p = await preview(await fixture('tab-export.csv'));
    expect(p.separator).toBe('tab');
    expect(p.columns.map((c) => c.target)).toEqual(['fullName', 'employeeId', 'team', 'trainer', 'startDate', 'notes']);
    expect(p.dateOrder).toBe('mdy');
    expect(p.rows.map((r) => [r.fullName, r.startDate, r.notes])).toEqual([
      ['Asha Patel', '2026-03-14', 'Forklift licence,\nrenew in May'],
      ['Ben Ode', '2026-04-01', ''],
    ]);
  });

  it('asks about day or month first when no date tells, and reads them as chosen', async () => {
    const file = csv('Name,Start\nA One,03/04/2026\nB Two,05/06/2026\n');
    const asked = await preview(file);
    expect(asked).toMatchObject({ dateOrderAsked: true, dateOrder: 'dmy' });
    expect(asked.rows[0]?.startDate).toBe('2026-04-03');
    const us = await preview(file, { dateOrder: 'mdy' });
    expect(us.rows[0]?.startDate).toBe('2026-03-04');
    expect(us.dateFormats).toBe('MM/DD/YYYY');
  });

  it('decides the order by the dates that tell, not by one that is no date either way', async () => {
    const told = await preview(csv('Name,Start\nA One,14/03/2026\nB Two,31/31/2026\nC Three,02/03/2026\n'));
    expect(told).toMatchObject({ dateOrderAsked: false, dateOrder: 'dmy' });
    expect(told.rows.map((r) => r.startDate)).toEqual(['2026-03-14', '31/31/2026', '2026-03-02']);
    const mixed = await preview(csv('Name,Start\nA One,13/01/2026\nB Two,01/13/2026\n'));
    expect(mixed.dateOrderAsked).toBe(true);
    expect(mixed.counts.refuse).toBe(1);
  });

  it('reads a workbook under a merged title row, with a merged header cell and a date cell', async () => {
    const p = await preview(await hrWorkbook());
    expect(p).toMatchObject({ fileKind: 'xlsx', separator: null, totalRows: 2 });
    expect(p.columns.map((c) => `${c.header}:${c.target}`)).toEqual([
      'Surname:lastName',
      'Given name:firstName',
      'Badge:employeeId',
      'Start:startDate',
      'Plant:site',
      'Column F:ignore',
    ]);
    expect(p.rows.map((r) => [r.row, r.fullName, r.startDate, r.site])).toEqual([
      [3, 'Sigrid Ødegård', '2026-03-03', 'Leeds'],
      [5, 'Maria Keane', '2026-04-01', 'York'],
    ]);
    expect(p.dateFormats).toBe('spreadsheet dates, YYYY-MM-DD');
  });

  it('lists each refused row by row and column, in words, and reports badge IDs twice in the file', async () => {
    const p = await preview(await fixture('refused-rows.csv'));
    expect(p.counts).toEqual({ add: 1, update: 0, skip: 0, refuse: 3 });
    expect(p.problems.map(describeProblem)).toEqual([
      'Row 3, Full name: Enter the full name.',
      'Row 4, Start date: “31/31/2026” is not a date Trainplan can read. Write it like 2026-03-31 or 31/03/2026.',
      'Row 5, Employee or badge ID: “G1” is also on row 2; only row 2 is imported.',
    ]);
  });

  it('follows a changed mapping, and says when no column holds the names', async () => {
    const file = csv('Who,Where\nAnna Berg,Leeds\n');
    const unmapped = await preview(file);
    expect(unmapped.blocking).toMatch(/No column holds the names/);
    expect(unmapped.counts.add).toBe(0);
    const mapped = await preview(file, { mapping: ['fullName', 'site'] });
    expect(mapped.blocking).toBeNull();
    expect(mapped.rows[0]).toMatchObject({ fullName: 'Anna Berg', site: 'Leeds', action: 'add' });
  });
});
