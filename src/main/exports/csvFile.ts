import Papa from 'papaparse';
import { aboutLines } from './aboutLines';
import type { ExportAbout, ExportCell, ExportSheet } from './exportTable';
import { startsLikeFormula } from '../lib/formulaLikeText';

/** Marks the file as UTF-8, so Excel shows "Łukasz" and "✓" instead of guessing a code page. */
const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would take for a formula ("=HYPERLINK(…)", "+1", "-2", "@SUM", or one starting with
 * a tab or carriage return) is written with a leading apostrophe, so opening the file runs nothing.
 */
export function guardFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** A cell as CSV text: dates as YYYY-MM-DD, so that any program reads them. */
export function csvText(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return guardFormula(cell);
  switch (cell.kind) {
    case 'date':
      return cell.date;
    case 'status':
      return guardFormula(cell.text);
    case 'tick':
      return cell.achieved ? '✓' : '';
    case 'fraction':
      // Not "7/10": Excel opens that as the 7th of October.
      return `${String(cell.achieved)} of ${String(cell.total)}`;
  }
}

/**
 * One table as a CSV file: UTF-8 with a byte order mark, CRLF line ends, fields quoted where they hold a
 * comma, a quote or a line break. After the rows, one empty row and what the file is (title, filters,
 * each framework's source and attribution, which its licence asks every copy to carry).
 */
export function csvFile(sheet: ExportSheet, about: ExportAbout): Uint8Array {
  const data: string[][] = sheet.rows.map((row) => row.map(csvText));
  const footer = aboutLines(about).map(([label, value]) => [label, guardFormula(value)]);
  const text = Papa.unparse(
    { fields: sheet.columns.map((c) => guardFormula(c.header)), data: [...data, [], ...footer] },
    { newline: '\r\n', skipEmptyLines: false },
  );
  return new TextEncoder().encode(`${BOM}${text}\r\n`);
}
