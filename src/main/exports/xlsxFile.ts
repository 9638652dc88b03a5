import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Cell, Worksheet } from 'exceljs';
import { aboutLines } from './aboutLines';
import { ABOUT_SHEET } from './exportBook';
import type { ExportAbout, ExportBook, ExportCell, ExportSheet } from './exportTable';
import { heatFill, statusFill, TICK_FILL } from './xlsxStyles';
import { keepRowText } from '../lib/excelTextCells';
import { loadExcel } from '../lib/loadExcel';

const DATE_FORMAT = 'yyyy-mm-dd';
const WIDTH = { min: 8, max: 50, narrow: 4.5 };

/** A date as Excel keeps it: a day number, which exceljs works out from midnight UTC. */
const excelDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** How many characters a cell shows, to size its column. */
function shownLength(cell: ExportCell): number {
  if (cell === null) return 0;
  if (typeof cell === 'string') return Math.max(...cell.split('\n').map((line) => line.length));
  if (typeof cell === 'number') return String(cell).length;
  switch (cell.kind) {
    case 'date':
      return 10;
    case 'status':
      return cell.text.length;
    case 'tick':
      return 1;
    case 'fraction':
      return `${String(cell.achieved)}/${String(cell.total)}`.length;
  }
}

/** Each column as wide as its longest entry (header included), within bounds; statement columns a tick wide. */
function columnWidths(sheet: ExportSheet): number[] {
  return sheet.columns.map((column, i) => {
    if (column.narrow) return WIDTH.narrow;
    let longest = column.header.length;
    for (const row of sheet.rows) longest = Math.max(longest, shownLength(row[i] ?? null));
    return Math.min(WIDTH.max, Math.max(WIDTH.min, longest + 2));
  });
}

function writeCell(target: Cell, cell: ExportCell): void {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') {
    target.value = cell;
    return;
  }
  switch (cell.kind) {
    case 'date':
      target.value = excelDate(cell.date);
      target.numFmt = DATE_FORMAT;
      return;
    case 'status':
      target.value = cell.text;
      target.fill = statusFill(cell.status);
      return;
    case 'tick':
      if (!cell.achieved) return;
      target.value = '✓';
      target.fill = TICK_FILL;
      target.alignment = { horizontal: 'center' };
      return;
    case 'fraction':
      target.value = `${String(cell.achieved)}/${String(cell.total)}`;
      target.fill = heatFill(cell.achieved, cell.total);
      target.alignment = { horizontal: 'center' };
      return;
  }
}

/**
 * One table as a sheet: a bold header row that stays in view with the name column, a filter on every
 * column, statement headers turned upright over their narrow columns. Rows are written and let go one
 * at a time (the streaming writer), so 10,000 rows take the memory of the file, not of a workbook.
 */
function writeSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExportSheet): void {
  const ws: Worksheet = book.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'B2' }],
  });
  const widths = columnWidths(sheet);
  ws.columns = widths.map((width) => ({ width }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  const header = ws.addRow(sheet.columns.map((c) => c.header));
  header.font = { bold: true };
  const longestUpright = Math.max(0, ...sheet.columns.filter((c) => c.narrow).map((c) => c.header.length));
  // A header longer than its column (an overview's long framework titles) wraps onto more lines.
  const lines = Math.max(
    1,
    ...sheet.columns.map((c, i) => (c.narrow ? 1 : Math.ceil(c.header.length / ((widths[i] ?? 1) - 1)))),
  );
  if (longestUpright > 0) header.height = Math.min(220, longestUpright * 5.6 + 12);
  else if (lines > 1) header.height = Math.min(4, lines) * 15;
  sheet.columns.forEach((column, i) => {
    header.getCell(i + 1).alignment = column.narrow
      ? { textRotation: 90, vertical: 'bottom', horizontal: 'center' }
      : { vertical: 'bottom', wrapText: true };
  });
  keepRowText(header);
  header.commit();
  for (const row of sheet.rows) {
    const written = ws.addRow([]);
    row.forEach((cell, i) => writeCell(written.getCell(i + 1), cell));
    keepRowText(written);
    written.commit();
  }
  ws.commit();
}

function writeAbout(book: ExcelJS.stream.xlsx.WorkbookWriter, about: ExportAbout): void {
  const ws = book.addWorksheet(ABOUT_SHEET);
  ws.columns = [{ width: 16 }, { width: 110 }];
  for (const [label, value] of aboutLines(about)) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
    keepRowText(row);
    row.commit();
  }
  ws.commit();
}

/** The export as an Excel workbook: its tables, then "About". */
export async function xlsxFile({ about, sheets }: ExportBook): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const { stream: excelStream } = await loadExcel();
  const book = new excelStream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = 'Trainplan';
  book.created = about.generatedAt;
  book.title = about.title;
  for (const sheet of sheets) writeSheet(book, sheet);
  writeAbout(book, about);
  await book.commit();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
