import { csvFile } from './csvFile';
import { exportBookOf } from './exportBook';
import type { TableExportData } from './exportTable';
import { xlsxFile } from './xlsxFile';

/** A table export's file. Runs in the report worker: 10,000 rows take seconds that no click should wait for. */
export async function renderTable(data: TableExportData): Promise<Uint8Array> {
  const book = exportBookOf(data);
  if (book.format === 'xlsx') return xlsxFile(book);
  const [first] = book.sheets;
  if (!first) throw new Error('An export has at least one table.');
  return csvFile(first, book.about);
}
