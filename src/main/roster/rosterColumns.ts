import { guessColumns, namesPeople } from '../../shared/roster/guessColumns';
import type { ColumnTarget, RosterColumn } from '../../shared/roster/rosterImport';
import type { Cell, Table, TableRow } from './readTable';

/** How far down a title or a blank banner above the header row may reach. */
const HEADER_SEARCH_ROWS = 10;

function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  return 'date' in cell ? cell.date : cell.shown;
}

export interface Columns {
  columns: RosterColumn[];
  dataRows: TableRow[];
  /** True when the columns were set as the trainer set them for this header row last time. */
  remembered: boolean;
}

/** The mapping the trainer last chose for this header row, if any. */
export type RememberedLookup = (headers: readonly string[]) => ColumnTarget[] | undefined;

/**
 * The header row is the first of the top rows that names people (a title row above it is passed over);
 * when none does, the first row, and the user maps the columns by hand.
 */
export function rosterColumns(
  table: Table,
  mapping: readonly ColumnTarget[] | undefined,
  rememberedFor: RememberedLookup = () => undefined,
): Columns {
  const top = table.rows.slice(0, HEADER_SEARCH_ROWS);
  const found = top.findIndex((r) => namesPeople(guessColumns(r.cells.map(cellText))));
  const headerAt = Math.max(found, 0);
  const header = table.rows[headerAt]?.cells ?? [];
  const dataRows = table.rows.slice(headerAt + 1);
  const width = Math.max(header.length, ...dataRows.map((r) => r.cells.length));
  const headers = Array.from({ length: width }, (_, i) => cellText(header[i]).trim() || `Column ${columnLetters(i)}`);
  const remembered = mapping ? undefined : rememberedFor(headers);
  const chosen = mapping ?? remembered ?? guessColumns(headers);
  return {
    columns: headers.map((h, i) => ({ header: h, target: chosen[i] ?? 'ignore' })),
    dataRows,
    remembered: remembered !== undefined,
  };
}
