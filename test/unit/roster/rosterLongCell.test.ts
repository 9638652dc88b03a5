import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { encodeForWire } from '../../../src/shared/api/wire';
import { describeProblem, type RosterImportResult, type RosterPreview } from '../../../src/shared/roster/rosterImport';
import { recordsState } from '../support/folderState';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';
import { csv } from './rosterFiles';

const tempDir = useTempDirs();

/** A workbook of two people, the first with a name cell of `length` characters. */
async function longNameWorkbook(length: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('People');
  sheet.addRow(['Name', 'Badge']);
  sheet.addRow(['N'.repeat(length), 'X-1']);
  sheet.addRow(['Cara Lind', 'X-2']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('a cell far longer than any field is refused without sending it back whole (issue 17, C)', () => {
  it.each([
    ['an Excel workbook', async () => ({ fileName: 'hr.xlsx', bytes: await longNameWorkbook(4_000_000) })],
    ['a CSV file', () => Promise.resolve(csv(`Name,Badge\r\n${'N'.repeat(4_000_000)},X-1\r\nCara Lind,X-2\r\n`))],
  ])('in %s: the answer stays small and the row is refused in words', async (_kind, file) => {
    const dataDir = await tempDir();
    const { call, app } = await startTestBridge(dataDir, join(await tempDir(), 'renderer'));
    await app.backupsSettled();
    const { fileName, bytes } = await file();
    const answer = await call('roster:preview', encodeForWire({ fileName, bytes }));
    expect(answer.ok).toBe(true);
    expect(JSON.stringify(answer).length).toBeLessThan(20_000);
    const preview = answer.value as RosterPreview;
    expect(preview.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'refuse'],
      [3, 'add'],
    ]);
    expect(preview.problems.map(describeProblem)).toEqual([
      'Row 2, Full name: This cell holds 4,000,000 characters; notes take at most 5,000 and the other fields far fewer. Check the cell in the spreadsheet.',
    ]);

    const before = await recordsState(dataDir);
    const imported = await call('roster:import', encodeForWire({ fileName, bytes, existing: 'update' }));
    expect(JSON.stringify(imported).length).toBeLessThan(20_000);
    expect((imported.value as RosterImportResult).added).toBe(1);
    expect((imported.value as RosterImportResult).refused).toBe(1);
    expect(await recordsState(dataDir)).not.toEqual(before);
  });
});
