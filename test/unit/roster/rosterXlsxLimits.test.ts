import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { encodeForWire } from '../../../src/shared/api/wire';
import { declaringSize, hrWorkbook, sheetOfRows, withEntry } from '../../fixtures/rosterWorkbooks';
import { recordsState } from '../support/folderState';
import { startTestBridge } from '../support/testBridge';
import { useTempDirs } from '../support/tempDir';

const tempDir = useTempDirs();
const SHEET = 'xl/worksheets/sheet1.xml';

/** A sheet's XML that unpacks to `megabytes` MB: a few people, then padding a zip packs into almost nothing. */
function paddedSheet(megabytes: number): string {
  const sheet = sheetOfRows(3);
  return sheet.replace('<sheetData>', `<!--${' '.repeat(megabytes * 1024 * 1024)}--><sheetData>`);
}

/** Sends the workbook to preview and import through the HTTP bridge; both must refuse it and change nothing. */
async function refusedBoth(bytes: Uint8Array): Promise<string[]> {
  const dataDir = await tempDir();
  const { call, app } = await startTestBridge(dataDir, join(await tempDir(), 'renderer'));
  await app.backupsSettled();
  const before = await recordsState(dataDir);
  const messages: string[] = [];
  for (const [name, extra] of [
    ['roster:preview', {}],
    ['roster:import', { existing: 'update' }],
  ] as const) {
    const answer = await call(name, encodeForWire({ fileName: 'hr.xlsx', bytes, ...extra }));
    expect(answer.ok).toBe(false);
    messages.push(answer.error?.message ?? '');
  }
  expect(await recordsState(dataDir)).toEqual(before);
  return messages;
}

describe('a workbook too big to read is refused before it is opened', () => {
  it('refuses a sheet of 200,000 rows in words', async () => {
    const bytes = await withEntry(await hrWorkbook(2), SHEET, sheetOfRows(200_000));
    for (const message of await refusedBoth(bytes)) {
      expect(message).toBe(
        '“hr.xlsx”: A sheet of this workbook has 200,000 rows; Trainplan imports at most 20,000 people at once. Split the file. Nothing was changed.',
      );
    }
  });

  it.each([
    ['styled empty cells', (r: string) => `<c r="A${r}" s="1"/>`],
    ['formulas without a saved result', (r: string) => `<c r="A${r}"><f>1</f></c>`],
    ['nothing at all', () => ''],
  ])('refuses a sheet of 200,000 rows holding %s before reading it', async (_what, cell) => {
    const parts = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    ];
    for (let r = 1; r <= 200_000; r += 1) parts.push(`<row r="${String(r)}">${cell(String(r))}</row>`);
    parts.push('</sheetData></worksheet>');
    const bytes = await withEntry(await hrWorkbook(2), SHEET, parts.join(''));
    for (const message of await refusedBoth(bytes)) {
      expect(message).toBe(
        '“hr.xlsx”: A sheet of this workbook has 200,000 rows; Trainplan imports at most 20,000 people at once. Split the file. Nothing was changed.',
      );
    }
  });

  it('refuses a workbook that says it unpacks to more than 50 MB', async () => {
    const bytes = await withEntry(await hrWorkbook(2), SHEET, paddedSheet(60));
    expect(bytes.byteLength).toBeLessThan(1024 * 1024);
    for (const message of await refusedBoth(bytes)) {
      expect(message).toBe(
        '“hr.xlsx”: Unpacked, this workbook would take more than 50 MB; a list of people takes a few. Check it is the right file, or copy the people into a new workbook and import that. Nothing was changed.',
      );
    }
  });

  it('refuses a workbook that unpacks to more than 50 MB while saying it is small', async () => {
    const honest = await withEntry(await hrWorkbook(2), SHEET, paddedSheet(60));
    for (const message of await refusedBoth(declaringSize(honest, SHEET, 2000))) {
      expect(message).toMatch(/^“hr\.xlsx”: Unpacked, this workbook would take more than 50 MB;/);
    }
  });

  it('refuses a workbook holding thousands of files', async () => {
    const zip = await JSZip.loadAsync(await hrWorkbook(2));
    for (let i = 0; i < 1500; i += 1) zip.file(`xl/media/image${String(i)}.png`, 'x');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    for (const message of await refusedBoth(bytes)) {
      expect(message).toBe(
        '“hr.xlsx”: This workbook holds 1,517 files inside; an Excel workbook of people holds a few dozen. Check it is the right file. Nothing was changed.',
      );
    }
  });
});
