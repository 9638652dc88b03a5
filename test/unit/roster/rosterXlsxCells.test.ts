import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeForWire } from '../../../src/shared/api/wire';
import { describeProblem, type RosterImportResult, type RosterPreview } from '../../../src/shared/roster/rosterImport';
import { recordsState } from '../support/folderState';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();

/** A sheet whose start date column is formatted as dates, holding the serials (numbers) given. */
async function datesWorkbook(serials: number[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('People');
  sheet.addRow(['Name', 'Badge', 'Start date']);
  serials.forEach((serial, i) => sheet.addRow([`Person ${String(i + 1)}`, `B-${String(i + 1)}`, serial]));
  sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function bridgeWith() {
  const dataDir = await tempDir();
  const { call, app } = await startTestBridge(dataDir, join(await tempDir(), 'renderer'));
  await app.backupsSettled();
  return { dataDir, call };
}

describe('date cells of a workbook, through the HTTP bridge', () => {
  it('refuses serials before 1900, after 2200 or too large to be dates, with the problem on that row', async () => {
    const { dataDir, call } = await bridgeWith();
    // 46,082 is 2026-03-01; −1 is 1899-12-29; 1e10 and 1e308 are no date at all; 109,575 is 2200-01-01.
    const bytes = await datesWorkbook([46_082, -1, 1e10, 1e308, 109_575, 110_000]);
    const answer = await call('roster:preview', encodeForWire({ fileName: 'hr.xlsx', bytes }));
    expect(answer.ok).toBe(true);
    const preview = answer.value as RosterPreview;
    expect(preview.rows.map((r) => [r.row, r.startDate, r.action])).toEqual([
      [2, '2026-03-01', 'add'],
      [3, '', 'refuse'],
      [4, '', 'refuse'],
      [5, '', 'refuse'],
      [6, '2200-01-01', 'add'],
      [7, '', 'refuse'],
    ]);
    expect(preview.problems.map(describeProblem)).toEqual([
      'Row 3, Start date: “1899-12-29” is not a date Trainplan can read: dates in a list of people fall between 1900 and 2200. Check the cell in the spreadsheet.',
      'Row 4, Start date: “#####” is not a date Trainplan can read: the cell holds a number far too large (or not a number) for a date. Enter the date again, like 2026-03-31.',
      'Row 5, Start date: “#####” is not a date Trainplan can read: the cell holds a number far too large (or not a number) for a date. Enter the date again, like 2026-03-31.',
      'Row 7, Start date: “2201-03-02” is not a date Trainplan can read: dates in a list of people fall between 1900 and 2200. Check the cell in the spreadsheet.',
    ]);

    const before = await recordsState(dataDir);
    const imported = await call('roster:import', encodeForWire({ fileName: 'hr.xlsx', bytes, existing: 'update' }));
    expect((imported.value as RosterImportResult).added).toBe(2);
    expect((imported.value as RosterImportResult).refused).toBe(4);
    expect(await recordsState(dataDir)).not.toEqual(before);
  });

  it('reads serials before March 1900 as Excel shows them, and refuses the 29 February 1900 that never was', async () => {
    const { call } = await bridgeWith();
    const bytes = await datesWorkbook([1, 59, 60, 61]);
    const preview = (await call('roster:preview', encodeForWire({ fileName: 'hr.xlsx', bytes })))
      .value as RosterPreview;
    expect(preview.rows.map((r) => [r.row, r.startDate, r.action])).toEqual([
      [2, '1900-01-01', 'add'],
      [3, '1900-02-28', 'add'],
      [4, '', 'refuse'],
      [5, '1900-03-01', 'add'],
    ]);
    expect(preview.problems.map(describeProblem)).toEqual([
      'Row 4, Start date: “1900-02-29” is not a date: 1900 was not a leap year, though Excel shows this day (serial 60) to copy an old mistake of Lotus 1-2-3. Enter the date again, like 2026-03-31.',
    ]);
  });

  it('refuses a date cell that holds NaN, as Excel cannot draw it either', async () => {
    const { call } = await bridgeWith();
    const bytes = await datesWorkbook([Number.NaN]);
    const preview = (await call('roster:preview', encodeForWire({ fileName: 'hr.xlsx', bytes })))
      .value as RosterPreview;
    expect(preview.counts.refuse).toBe(1);
    expect(preview.problems.map(describeProblem)).toEqual([
      expect.stringMatching(/^Row 2, Start date: “#####” is not a date Trainplan can read/),
    ]);
  });
});

describe('formula cells of a workbook, through the HTTP bridge', () => {
  it('reads the result Excel saved with a formula, and says so in words when there is none', async () => {
    const { call } = await bridgeWith();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('People');
    sheet.addRow(['First', 'Last', 'Name', 'Badge']);
    sheet.addRow(['Anna', 'Berg', { formula: 'A2&" "&B2', result: 'Anna Berg' }, 'B-1']);
    sheet.addRow(['Tom', 'Hale', { formula: 'A3&" "&B3' }, 'B-2']);
    sheet.addRow(['Ida', 'Lund', { sharedFormula: 'C2', result: 'Ida Lund' }, 'B-3']);
    sheet.addRow(['Max', 'Ryd', { formula: 'A5&1/0', result: { error: '#DIV/0!' } }, 'B-4']);
    sheet.addRow(['Eva', 'Holm', 'Eva Holm', { formula: '"B-"&5', result: 'B-5' }]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    // Only the formula column is the name: first and last are left out of the mapping.
    const mapping = ['ignore', 'ignore', 'fullName', 'employeeId'];
    const answer = await call('roster:preview', encodeForWire({ fileName: 'hr.xlsx', bytes, mapping }));
    const preview = answer.value as RosterPreview;
    expect(preview.rows.map((r) => [r.row, r.fullName, r.employeeId, r.action])).toEqual([
      [2, 'Anna Berg', 'B-1', 'add'],
      [3, '', 'B-2', 'refuse'],
      [4, 'Ida Lund', 'B-3', 'add'],
      [5, '', 'B-4', 'refuse'],
      [6, 'Eva Holm', 'B-5', 'add'],
    ]);
    expect(preview.problems.map(describeProblem)).toEqual([
      'Row 3, Full name: This cell holds a formula without a saved result: open the file in Excel, save it, and import again.',
      'Row 5, Full name: The cell shows the error #DIV/0!: correct it in the spreadsheet, save it, and import again.',
    ]);
  });
});
