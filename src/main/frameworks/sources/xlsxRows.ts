import type { Worksheet } from 'exceljs';
import { ApiError } from '../../../shared/api/errors';
import { MAX_SOURCE_ROWS } from './csvRows';
import { loadExcel } from '../../lib/loadExcel';

const MAX_COLUMNS = 50;

export interface WorkbookRows {
  rows: string[][];
  about: string[][];
}

function sheetRows(sheet: Worksheet): string[][] {
  if (sheet.rowCount > MAX_SOURCE_ROWS) {
    throw new ApiError(
      'invalid_framework',
      `The sheet “${sheet.name}” has ${sheet.rowCount.toLocaleString('en')} rows; a framework spreadsheet may have at most ${MAX_SOURCE_ROWS.toLocaleString('en')}.`,
      [],
    );
  }
  const rows: string[][] = [];
  const width = Math.min(sheet.columnCount, MAX_COLUMNS);
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    // A merged heading repeats its text in every cell it covers; the first one is the one that counts.
    for (let c = 1; c <= width; c += 1) cells.push(row.getCell(c).text.trim());
    if (cells.some((cell) => cell !== '')) rows.push(cells);
  });
  return rows;
}

/** The statements sheet (named "Framework", or else the first) and the About sheet, as rows of text. */
export async function xlsxRows(bytes: Uint8Array): Promise<WorkbookRows> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ApiError(
      'invalid_framework',
      'This file could not be opened as an Excel workbook (.xlsx): it may be damaged, or another kind of file. Save it again from Excel as .xlsx or .csv.',
      [],
    );
  }
  const about = workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === 'about');
  const main =
    workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === 'framework') ??
    workbook.worksheets.find((sheet) => sheet !== about);
  if (!main) {
    throw new ApiError('invalid_framework', 'The workbook has no sheet with statements.', []);
  }
  return { rows: sheetRows(main), about: about ? sheetRows(about) : [] };
}
