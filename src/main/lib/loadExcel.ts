import type ExcelJS from 'exceljs';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs takes about 0.2 s and 14 MB to load. Only spreadsheet work needs it, so it is loaded the
 * first time a workbook is read or written, not at every start of Trainplan.
 */
export function loadExcel(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((module) => module.default);
  return loading;
}
