import type { ExportBook, ExportSheet, TableExportData } from './exportTable';
import { frameworkMatrixSheet, overviewSheet } from './matrixSheets';
import { sheetName } from './sheetNames';
import { traineesSheet } from './traineesSheet';

/** The name of the last sheet, which says what the workbook is, for whom, and whose frameworks. */
export const ABOUT_SHEET = 'About';

/** The tables an export holds, worked out in the report worker from the plain data the main thread sent. */
export function exportBookOf({ format, about, content }: TableExportData): ExportBook {
  const taken = new Set([ABOUT_SHEET.toLowerCase()]);
  const name = (wanted: string): string => sheetName(wanted, taken);
  let sheets: ExportSheet[];
  switch (content.kind) {
    case 'framework-matrix':
      sheets = [frameworkMatrixSheet(content.matrix, name(content.matrix.framework.title))];
      break;
    case 'overview-matrix':
      sheets = [
        overviewSheet(content.matrix, name('Overview')),
        // A CSV holds one table: the framework sheets are for the workbook only.
        ...(format === 'xlsx' ? content.frameworks.map((m) => frameworkMatrixSheet(m, name(m.framework.title))) : []),
      ];
      break;
    case 'trainees':
      sheets = [traineesSheet(content.rows, content.includeArchived, name('Trainees'))];
      break;
  }
  return { format, about, sheets };
}
