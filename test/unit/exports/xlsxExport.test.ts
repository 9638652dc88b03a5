import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { STATUS_FILLS } from '../../../src/main/reports/statusColours';
import { useTempDirs } from '../support/tempDir';
import { PLANT } from '../support/testApp';
import { EVERYONE, exportFixture, FORMULA_NAME, MATRIX_NAME_SORT, QUOTED_NAME } from './exportFixture';

const tempDir = useTempDirs();

async function readBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = book.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}; there are ${book.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

/** A row's values from column 1, as exceljs reads them back (its arrays start at index 1). */
const values = (ws: ExcelJS.Worksheet, row: number): unknown[] => (ws.getRow(row).values as unknown[]).slice(1);

/** exceljs types a cell's fill as always there; an unstyled cell has none. */
function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
}
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function rowOf(ws: ExcelJS.Worksheet, name: string): ExcelJS.Row {
  for (let r = 2; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(1).value === name) return ws.getRow(r);
  throw new Error(`no row for ${name}`);
}

/** The About sheet as label → value. */
function about(book: ExcelJS.Workbook): [string, string][] {
  const ws = sheet(book, 'About');
  const lines: [string, string][] = [];
  ws.eachRow((row) => lines.push([row.getCell(1).text, row.getCell(2).text]));
  return lines;
}

describe('the skills matrix as a workbook', () => {
  it('is one sheet named by the framework, then About; header frozen with the names, a filter on it', async () => {
    const { call } = await exportFixture(await tempDir());
    const file = await call('exports:matrix', {
      view: 'framework',
      frameworkId: PLANT,
      filter: EVERYONE,
      sort: MATRIX_NAME_SORT,
      format: 'xlsx',
      paperSize: 'A4',
    });
    expect(file.fileName).toBe('Skills matrix - Plant and System Operators, All Other - 2026-11-22.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await readBook(file.bytes);
    // 31 characters at most: Excel refuses a longer sheet name.
    expect(book.worksheets.map((w) => w.name)).toEqual(['Plant and System Operators, Al…', 'About']);
    const ws = book.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:BB1');
    expect(ws.getRow(1).getCell(1).font.bold).toBe(true);
    expect(values(ws, 1).slice(0, 11)).toEqual([
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
      'E1 Safety and sanitation regulations',
    ]);
    // The statement headers stand upright over narrow columns; the name column fits the longest name.
    expect(ws.getRow(1).getCell(11).alignment.textRotation).toBe(90);
    expect(ws.getColumn(11).width).toBeLessThan(6);
    expect(ws.getColumn(1).width).toBe(QUOTED_NAME.length + 2);
    expect(ws.rowCount).toBe(3);

    const quoted = rowOf(ws, QUOTED_NAME);
    expect(values(ws, quoted.number).slice(0, 10)).toEqual([
      QUOTED_NAME,
      'B-1001',
      'Line 1',
      'Leeds',
      'Maria Keane',
      'Developing',
      new Date('2026-12-10T00:00:00Z'),
      'Not yet Emerging',
      20,
      'Behind',
    ]);
    expect(quoted.getCell(7).numFmt).toBe('yyyy-mm-dd');
    expect(fillOf(quoted.getCell(10))).toBe(argb(STATUS_FILLS.behind));
    // E1–E3 achieved (green, ✓), E4 not (no fill, empty); D1 achieved.
    expect([11, 12, 13, 14, 21].map((c) => quoted.getCell(c).value)).toEqual(['✓', '✓', '✓', null, '✓']);
    expect(fillOf(quoted.getCell(11))).toBe(argb(STATUS_FILLS.met));
    expect(fillOf(quoted.getCell(14))).toBeUndefined();
    // Each level's count, on a heat fill: white for none, a full green for all ten.
    expect([51, 52, 53, 54].map((c) => quoted.getCell(c).value)).toEqual(['3/10', '1/10', '0/10', '0/10']);
    const ana = rowOf(ws, 'Ana Silva');
    expect(ana.getCell(51).value).toBe('10/10');
    expect(fillOf(ana.getCell(51))).toBe('FF69DB7C');
    expect(fillOf(ana.getCell(52))).toBe('FFFFFFFF');
    expect(fillOf(quoted.getCell(51))).not.toBe(fillOf(ana.getCell(51)));
    expect(fillOf(ana.getCell(10))).toBe(argb(STATUS_FILLS.met));
    expect(ana.getCell(10).value).toBe('Target met');

    const lines = about(book);
    expect(lines.slice(0, 4)).toEqual([
      ['Report', 'Skills matrix - Plant and System Operators, All Other'],
      ['Organisation', 'Acme Plastics'],
      ['Generated', expect.stringMatching(/^2026-11-22 \d\d:00$/)],
      ['Filters', 'None: every current trainee'],
    ]);
    expect(lines.filter(([label]) => label === 'Source')).toEqual([
      [
        'Source',
        expect.stringMatching(/^Plant and System Operators, All Other: O\*NET v30\.2 \(CC BY 4\.0\) · .*© EBSCOed$/),
      ],
    ]);
  });

  it('has the overview sheet, then one sheet per framework in it, then About', async () => {
    const { call } = await exportFixture(await tempDir());
    const file = await call('exports:matrix', {
      view: 'overview',
      frameworkId: null,
      filter: EVERYONE,
      sort: MATRIX_NAME_SORT,
      format: 'xlsx',
      paperSize: 'A4',
    });
    const book = await readBook(file.bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Overview',
      'Office Machine Operators, Exce…',
      'Plant and System Operators, Al…',
      'About',
    ]);
    const overview = sheet(book, 'Overview');
    expect(values(overview, 1)).toEqual([
      'Trainee',
      'Badge ID',
      'Team',
      'Site',
      'Trainer',
      'Office Machine Operators, Except Computer (43-9071.00)',
      'Plant and System Operators, All Other (51-8099.00)',
    ]);
    expect(overview.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    // The long framework titles wrap in a header two lines high, in columns no wider than 50.
    expect(overview.getColumn(6).width).toBe(50);
    expect(overview.getRow(1).getCell(6).alignment.wrapText).toBe(true);
    expect(overview.getRow(1).height).toBe(30);
    const formula = rowOf(overview, FORMULA_NAME);
    // A spreadsheet cell holds the name as text, never as a formula.
    expect(formula.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(formula.getCell(6).value).toBe('Not yet Emerging / target Proficient — Overdue');
    expect(fillOf(formula.getCell(6))).toBe(argb(STATUS_FILLS.overdue));
    expect(formula.getCell(7).value).toBeNull();
    expect(fillOf(formula.getCell(7))).toBeUndefined();
    // Ben has no plan: a row of his own in the overview, empty, and in no framework's sheet.
    expect(overview.rowCount).toBe(5);
    expect(file.rowCount).toBe(4);
    expect(values(overview, rowOf(overview, 'Ben Okafor').number)).toEqual([
      'Ben Okafor',
      undefined,
      'Line 1',
      'Leeds',
      'Maria Keane',
    ]);

    const office = sheet(book, 'Office Machine Operators, Exce…');
    expect(office.rowCount).toBe(3);
    expect(rowOf(office, FORMULA_NAME).getCell(2).value).toBe('-42');
    const plant = sheet(book, 'Plant and System Operators, Al…');
    expect(plant.rowCount).toBe(3);
    expect(
      about(book)
        .filter(([label]) => label === 'Source')
        .map(([, line]) => line.split(':')[0]),
    ).toEqual(['Office Machine Operators, Except Computer', 'Plant and System Operators, All Other']);
  });
});

describe('the trainees list as a workbook', () => {
  it('keeps the filtered trainees in the list’s order, one row per plan, and says the filter', async () => {
    const { call } = await exportFixture(await tempDir());
    const filter = { ...EVERYONE, team: 'Line 1' };
    const file = await call('exports:trainees', {
      filter,
      sort: { key: 'name', direction: 'desc' },
      format: 'xlsx',
    });
    expect(file.fileName).toBe('Trainees - 2026-11-22.xlsx');
    expect(file.rowCount).toBe(3);
    const book = await readBook(file.bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Trainees', 'About']);
    const ws = sheet(book, 'Trainees');
    const names = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2).getCell(1).value);
    const list = await call('trainees:query', {
      filter,
      sort: { key: 'name', direction: 'desc' },
      offset: 0,
      limit: 100,
    });
    expect(names).toEqual(list.rows.map((r) => r.fullName));
    const quoted = rowOf(ws, QUOTED_NAME);
    expect(quoted.getCell(9).value).toEqual(new Date('2026-12-10T00:00:00Z'));
    expect(quoted.getCell(14).value).toEqual(new Date('2026-11-20T00:00:00Z'));
    expect(fillOf(quoted.getCell(12))).toBe(argb(STATUS_FILLS.behind));
    expect(about(book)).toContainEqual(['Filters', 'Team: Line 1']);
    expect(about(book).filter(([label]) => label === 'Source')).toHaveLength(2);
  });
});
