import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFile, guardFormula } from '../../../src/main/exports/csvFile';
import { useTempDirs } from '../support/tempDir';
import { PLANT } from '../support/testApp';
import { EVERYONE, exportFixture, FORMULA_NAME, MATRIX_NAME_SORT, NAME_SORT, QUOTED_NAME } from './exportFixture';

const tempDir = useTempDirs();

/** The file as a spreadsheet program sees it: the BOM checked and taken off, then parsed. */
function readCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const body = text.slice(1);
  // Every line ends in CRLF, none in a bare LF (line breaks inside a quoted cell aside).
  expect(body.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The table: the header and the rows before the empty row that ends it. */
function tableOf(rows: string[][]): { header: string[]; rows: string[][]; about: string[][] } {
  const end = rows.findIndex((r) => r.length === 1 && r[0] === '');
  const [header = [], ...body] = rows.slice(0, end);
  return { header, rows: body, about: rows.slice(end + 1).filter((r) => r.some((c) => c !== '')) };
}

describe('the trainees list as CSV', () => {
  it('has the list’s rows in its order, one per plan, dates as YYYY-MM-DD, and what the file is at the end', async () => {
    const { call } = await exportFixture(await tempDir());
    const file = await call('exports:trainees', { filter: EVERYONE, sort: NAME_SORT, format: 'csv' });
    expect(file.fileName).toBe('Trainees - 2026-11-22.csv');
    expect(file.mimeType).toBe('text/csv');
    expect(file.rowCount).toBe(4);
    const { header, rows, about } = tableOf(readCsv(file.bytes));
    expect(header).toEqual([
      'Trainee',
      'Badge ID',
      'Team',
      'Site',
      'Trainer',
      'Framework',
      'SOC',
      'Target level',
      'Target date',
      'Attained',
      'Progress %',
      'Status',
      'Next target date',
      'Last activity',
    ]);
    const list = await call('trainees:query', { filter: EVERYONE, sort: NAME_SORT, offset: 0, limit: 100 });
    // Ana has two plans, so two rows; Ben has none, so one row with the plan's columns empty.
    expect(rows.map((r) => r[0])).toEqual(
      list.rows.flatMap((r) => (r.plans.length === 0 ? [r.fullName] : r.plans.map(() => r.fullName))).map(guardFormula),
    );
    expect(rows.find((r) => r[0] === QUOTED_NAME)).toEqual([
      QUOTED_NAME,
      'B-1001',
      'Line 1',
      'Leeds',
      'Maria Keane',
      'Plant and System Operators, All Other',
      '51-8099.00',
      'Developing',
      '2026-12-10',
      'Not yet Emerging',
      '20',
      'Behind',
      '2026-12-10',
      '2026-11-20',
    ]);
    expect(rows.find((r) => r[0] === 'Ben Okafor')).toEqual([
      'Ben Okafor',
      '',
      'Line 1',
      'Leeds',
      'Maria Keane',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(about.map((r) => r[0])).toEqual(['Report', 'Organisation', 'Generated', 'Filters', 'Source', 'Source']);
    expect(about.find((r) => r[1]?.startsWith('Plant and System Operators'))?.[1]).toContain('O*NET v30.2 (CC BY 4.0)');
  });

  it('writes a cell that a spreadsheet would run as a formula with an apostrophe in front', async () => {
    const { call } = await exportFixture(await tempDir());
    const file = await call('exports:trainees', { filter: EVERYONE, sort: NAME_SORT, format: 'csv' });
    const { rows } = tableOf(readCsv(file.bytes));
    const row = rows.find((r) => r[0]?.includes('HYPERLINK'));
    expect(row?.slice(0, 5)).toEqual([`'${FORMULA_NAME}`, "'-42", 'Line 1', 'Leeds', "'@Sam"]);
    // No cell of the file starts with a character that opens a formula.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps only the filtered trainees, and says the filter at the end', async () => {
    const { call } = await exportFixture(await tempDir());
    const filter = { ...EVERYONE, team: 'Line 1', status: 'overdue' as const };
    const file = await call('exports:trainees', { filter, sort: NAME_SORT, format: 'csv' });
    const { rows, about } = tableOf(readCsv(file.bytes));
    expect(rows.map((r) => r[0])).toEqual([`'${FORMULA_NAME}`]);
    expect(file.rowCount).toBe(1);
    expect(about).toContainEqual(['Filters', 'Team: Line 1 · Status: Overdue', ...new Array<string>(12).fill('')]);
  });
});

describe('the skills matrix as CSV', () => {
  it('has one column per statement with ✓ where achieved, and each level’s count in words', async () => {
    const { call } = await exportFixture(await tempDir());
    const file = await call('exports:matrix', {
      view: 'framework',
      frameworkId: PLANT,
      filter: EVERYONE,
      sort: MATRIX_NAME_SORT,
      format: 'csv',
      paperSize: 'A4',
    });
    expect(file.fileName).toBe('Skills matrix - Plant and System Operators, All Other - 2026-11-22.csv');
    expect(file.rowCount).toBe(2);
    const { header, rows, about } = tableOf(readCsv(file.bytes));
    expect(header.slice(0, 10)).toEqual([
      'Trainee',
      'Badge ID',
      'Team',
      'Site',
      'Trainer',
      'Target level',
      'Target date',
      'Attained',
      'Progress %',
      'Status',
    ]);
    expect(header[10]).toBe('E1 Safety and sanitation regulations');
    expect(header).toHaveLength(10 + 40 + 4);
    expect(header.slice(-4)).toEqual([
      'Emerging achieved',
      'Developing achieved',
      'Proficient achieved',
      'Advanced achieved',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['Ana Silva', QUOTED_NAME]);
    const quoted = rows[1] ?? [];
    expect(quoted.slice(5, 10)).toEqual(['Developing', '2026-12-10', 'Not yet Emerging', '20', 'Behind']);
    expect(quoted.slice(10, 14)).toEqual(['✓', '✓', '✓', '']);
    expect(quoted[20]).toBe('✓');
    // "7/10" would open in Excel as the 7th of October.
    expect(quoted.slice(-4)).toEqual(['3 of 10', '1 of 10', '0 of 10', '0 of 10']);
    expect(rows[0]?.slice(-4)).toEqual(['10 of 10', '0 of 10', '0 of 10', '0 of 10']);
    expect(about.filter((r) => r[0] === 'Source')).toHaveLength(1);
  });

  it('has the overview as one column per framework: attained, target and status in words', async () => {
    const { call } = await exportFixture(await tempDir());
    const file = await call('exports:matrix', {
      view: 'overview',
      frameworkId: null,
      filter: EVERYONE,
      sort: MATRIX_NAME_SORT,
      format: 'csv',
      paperSize: 'A4',
    });
    expect(file.fileName).toBe('Skills matrix - All frameworks - 2026-11-22.csv');
    const { header, rows } = tableOf(readCsv(file.bytes));
    expect(header).toEqual([
      'Trainee',
      'Badge ID',
      'Team',
      'Site',
      'Trainer',
      'Office Machine Operators, Except Computer (43-9071.00)',
      'Plant and System Operators, All Other (51-8099.00)',
    ]);
    const byName = new Map(rows.map((r) => [r[0], r.slice(5)]));
    expect(byName.get('Ana Silva')).toEqual([
      'Not yet Emerging / target Developing — Behind',
      'Emerging / target Emerging — Target met',
    ]);
    expect(byName.get(`'${FORMULA_NAME}`)).toEqual(['Not yet Emerging / target Proficient — Overdue', '']);
  });
});

describe('the CSV writer', () => {
  it('quotes a name with a comma, quotes and a line break so that it reads back whole', () => {
    const name = 'Nguyễn, "Tí"\nHương';
    const bytes = csvFile(
      {
        name: 'Trainees',
        columns: [{ header: 'Trainee' }, { header: 'Team' }],
        rows: [
          [name, '+44 line'],
          ['Ana', null],
        ],
      },
      { title: 'Trainees', organisationName: '', generatedAt: new Date(), filterDescription: '', attributions: [] },
    );
    const rows = readCsv(bytes);
    expect(rows.slice(0, 3)).toEqual([
      ['Trainee', 'Team'],
      [name, "'+44 line"],
      ['Ana', ''],
    ]);
    expect(new TextDecoder().decode(bytes)).toContain('"Nguyễn, ""Tí""\nHương"');
  });

  it('guards every character that opens a formula, and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(guardFormula(`${start}1`)).toBe(`'${start}1`);
    for (const plain of ['Ana', ' =1', '1-2', '', "'=1"]) expect(guardFormula(plain)).toBe(plain);
  });
});
