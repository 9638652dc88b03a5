import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../reports/pdfInspect';
import { NAMES, reportFixture } from '../reports/reportFixture';
import { useTempDirs } from '../support/tempDir';
import { trainplan } from './cliRun';

const newDir = useTempDirs();
const [LUKASZ, HUONG, SOFIA, DMITRY, JOSE] = NAMES as [string, string, string, string, string];

async function closedFolder() {
  const dataDir = await newDir();
  const fixture = await reportFixture(dataDir);
  await fixture.app.close();
  return { dataDir, outDir: await newDir() };
}

async function csvText(file: string): Promise<string> {
  return new TextDecoder().decode(await readFile(file));
}

/** Every cell's text, sheet by sheet. */
async function xlsxSheets(file: string): Promise<Map<string, string>> {
  const book = new ExcelJS.Workbook();
  // A copy whose .buffer is exactly the file, as exceljs's typings want an ArrayBuffer.
  await book.xlsx.load(new Uint8Array(await readFile(file)).buffer);
  const sheets = new Map<string, string>();
  book.eachSheet((sheet) => {
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)));
    sheets.set(sheet.name, cells.join(' | '));
  });
  return sheets;
}

describe('trainplan export matrix', () => {
  it('writes one framework’s matrix as CSV, named by its SOC code', async () => {
    const { dataDir, outDir } = await closedFolder();
    const file = join(outDir, 'plant.csv');

    const run = await trainplan([
      'export',
      'matrix',
      '--framework',
      '51-8099.00',
      '--out',
      file,
      '--data-dir',
      dataDir,
    ]);

    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toBe(`Skills matrix for Plant and System Operators, All Other written to ${file} (3 trainees).\n`);
    const text = await csvText(file);
    for (const name of [LUKASZ, SOFIA, DMITRY]) expect(text).toContain(name);
    for (const name of [HUONG, JOSE]) expect(text).not.toContain(name);
  });

  it('writes the overview, trainees × frameworks, as a spreadsheet', async () => {
    const { dataDir, outDir } = await closedFolder();
    const file = join(outDir, 'overview.xlsx');

    const run = await trainplan([
      'export',
      'matrix',
      '--overview',
      '--team',
      'Line 1',
      '--out',
      file,
      '--data-dir',
      dataDir,
    ]);

    expect(run.code).toBe(0);
    expect(run.out).toContain('Skills matrix overview written to');
    const [first = ''] = (await xlsxSheets(file)).values();
    for (const name of [HUONG, DMITRY]) expect(first).toContain(name);
    for (const name of [LUKASZ, SOFIA, JOSE]) expect(first).not.toContain(name);
  });

  it('writes the matrix as a PDF on the paper asked for', async () => {
    const { dataDir, outDir } = await closedFolder();
    const file = join(outDir, 'plant.pdf');

    const run = await trainplan([
      'export',
      'matrix',
      '--framework',
      '51-8099.00',
      '--paper',
      'letter',
      '--out',
      file,
      '--data-dir',
      dataDir,
    ]);

    expect(run.code).toBe(0);
    const pdf = await readPdf(await readFile(file), 'cli-matrix.pdf');
    expect(pdf.all).toContain('Skills matrix');
    for (const name of [LUKASZ, SOFIA, DMITRY]) expect(pdf.all).toContain(name);
    for (const name of [HUONG, JOSE]) expect(pdf.all).not.toContain(name);
    expect([Math.round(pdf.size.width), Math.round(pdf.size.height)]).toEqual([792, 612]);
  });

  it('asks for a framework or --overview, and for a format it can tell', async () => {
    const outDir = await newDir();
    const noFramework = await trainplan(['export', 'matrix', '--out', join(outDir, 'm.csv')]);
    expect([noFramework.code, noFramework.err]).toEqual([2, expect.stringContaining('--framework')]);
    const noFormat = await trainplan(['export', 'matrix', '--overview', '--out', join(outDir, 'matrix')]);
    expect([noFormat.code, noFormat.err]).toEqual([2, expect.stringContaining('--format xlsx, csv or pdf')]);
  });
});

describe('trainplan export trainees', () => {
  it('writes the filtered trainees list, the format taken from the file name', async () => {
    const { dataDir, outDir } = await closedFolder();
    const file = join(outDir, 'line 2.csv');

    const run = await trainplan(['export', 'trainees', '--team', 'Line 2', '--out', file, '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Trainees list written to .*line 2\.csv \(3 trainees\)\.\n$/);
    const text = await csvText(file);
    for (const name of [LUKASZ, SOFIA, JOSE]) expect(text).toContain(name);
    for (const name of [HUONG, DMITRY]) expect(text).not.toContain(name);
  });

  it('writes a spreadsheet with --format xlsx', async () => {
    const { dataDir, outDir } = await closedFolder();
    const file = join(outDir, 'everyone');

    const run = await trainplan(['export', 'trainees', '--format', 'xlsx', '--out', file, '--data-dir', dataDir]);

    expect(run.code).toBe(0);
    const [first = ''] = (await xlsxSheets(file)).values();
    for (const name of NAMES) expect(first).toContain(name);
  });
});
