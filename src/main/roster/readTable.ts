import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import { ApiError } from '../../shared/api/errors';
import { MAX_ROSTER_COLUMNS, MAX_ROSTER_ROWS, type EncodingChoice } from '../../shared/roster/rosterImport';
import { decodeRoster } from './decodeRoster';
import { loadExcel } from '../lib/loadExcel';
import { spreadsheetDate } from '../../shared/roster/spreadsheetDate';
import { checkXlsxZip } from './xlsxZipGuard';

/**
 * A spreadsheet date cell arrives as a date, not as text to be guessed at; a cell that cannot be read
 * (a date out of range, a formula never calculated, an error) as the problem in words and what it shows.
 */
export type Cell = string | { date: string } | { problem: string; shown: string };

export interface TableRow {
  /** The row's number as the spreadsheet (or a spreadsheet opening the CSV) counts it. */
  row: number;
  cells: Cell[];
}

export interface Table {
  kind: 'csv' | 'xlsx';
  encoding: string;
  separator: string | null;
  /** Rows that are not empty, in order. */
  rows: TableRow[];
}

const SEPARATOR_WORDS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

function refuse(fileName: string, sentence: string): ApiError {
  return new ApiError('invalid_input', `“${fileName}”: ${sentence} Nothing was changed.`);
}

/** The longest field of a trainee, notes, takes 5,000 characters; a longer cell fits no field. */
const MAX_CELL_CHARS = 5000;

/**
 * A cell longer than any field is refused here, in the worker, keeping only its first characters: sent
 * back whole, one 40 MB cell made a 40 MB preview answer and held up every other call for seconds.
 */
function bounded(cell: Cell): Cell {
  if (typeof cell !== 'string' || cell.length <= MAX_CELL_CHARS) return cell;
  return {
    problem: `This cell holds ${cell.length.toLocaleString('en')} characters; notes take at most ${MAX_CELL_CHARS.toLocaleString('en')} and the other fields far fewer. Check the cell in the spreadsheet.`,
    shown: `${cell.slice(0, 40)}…`,
  };
}

function isBlank(cells: readonly Cell[]): boolean {
  // A date alone does not make a row (as before); a cell that cannot be read does, so its problem is told.
  return cells.every((c) => (typeof c === 'string' ? c.trim() === '' : 'date' in c));
}

function checkShape(fileName: string, rows: TableRow[]): void {
  if (rows.length === 0) throw refuse(fileName, 'The file has no rows with anything in them.');
  const widest = rows.reduce((max, r) => Math.max(max, r.cells.length), 0);
  if (widest > MAX_ROSTER_COLUMNS) {
    throw refuse(
      fileName,
      `It has ${widest.toLocaleString('en')} columns; a list of people has a handful (at most ${String(MAX_ROSTER_COLUMNS)}). Check it is the right file.`,
    );
  }
  if (rows.length > MAX_ROSTER_ROWS + 1) {
    throw refuse(
      fileName,
      `It has ${rows.length.toLocaleString('en')} rows; Trainplan imports at most ${MAX_ROSTER_ROWS.toLocaleString('en')} people at once. Split the file.`,
    );
  }
}

function readCsv(fileName: string, text: string, encoding: string): Table {
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: false });
  const rows: TableRow[] = [];
  parsed.data.forEach((cells, index) => {
    if (!isBlank(cells)) rows.push({ row: index + 1, cells: cells.map(bounded) });
  });
  checkShape(fileName, rows);
  const separator = SEPARATOR_WORDS[parsed.meta.delimiter] ?? parsed.meta.delimiter;
  return { kind: 'csv', encoding, separator: rows.some((r) => r.cells.length > 1) ? separator : null, rows };
}

const NO_RESULT =
  'This cell holds a formula without a saved result: open the file in Excel, save it, and import again.';

const errorProblem = (error: string): Cell => ({
  problem: `The cell shows the error ${error}: correct it in the spreadsheet, save it, and import again.`,
  shown: error,
});

function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const read = spreadsheetDate(value);
    return 'date' in read ? { date: read.date } : read;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    // A formula (shared or not): what Excel calculated and saved with it, which is what the trainer sees.
    if ('formula' in value || 'sharedFormula' in value) {
      const { result } = value as { result?: CellValue };
      return result === undefined || result === null ? { problem: NO_RESULT, shown: '' } : cellOf(result);
    }
    if ('text' in value) return value.text;
    if ('error' in value) return errorProblem(value.error);
    return '';
  }
  return String(value);
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<Table> {
  checkXlsxZip(fileName, bytes);
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw refuse(
      fileName,
      'It could not be read as an Excel workbook (.xlsx). Open it in Excel and save it again, or save it as CSV.',
    );
  }
  const sheet = workbook.worksheets.find((s) => s.state === 'visible' && s.actualRowCount > 0);
  if (!sheet) throw refuse(fileName, 'The workbook has no sheet with anything in it.');
  // Read once: exceljs walks every row to answer it, so asking per row made a big sheet take minutes.
  const columnCount = sheet.columnCount;
  if (columnCount > MAX_ROSTER_COLUMNS) {
    throw refuse(
      fileName,
      `It has ${columnCount.toLocaleString('en')} columns; a list of people has a handful (at most ${String(MAX_ROSTER_COLUMNS)}). Check it is the right file.`,
    );
  }
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let col = 1; col <= columnCount; col += 1) {
      const cell = row.getCell(col);
      // A merged cell's value belongs to its first cell only; the others would repeat it.
      cells.push(cell.isMerged && cell.master !== cell ? '' : bounded(cellOf(cell.value)));
    }
    if (!isBlank(cells)) rows.push({ row: rowNumber, cells });
  });
  checkShape(fileName, rows);
  return { kind: 'xlsx', encoding: 'Excel workbook', separator: null, rows };
}

/** The file's non-empty rows, however it came (CSV in any of the usual shapes, or an Excel workbook). */
export async function readTable(fileName: string, bytes: Uint8Array, encoding: EncodingChoice): Promise<Table> {
  const decoded = decodeRoster(fileName, bytes, encoding);
  return decoded.kind === 'xlsx' ? readXlsx(fileName, bytes) : readCsv(fileName, decoded.text, decoded.encoding);
}
