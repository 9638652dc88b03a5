import type ExcelJS from 'exceljs';
import { writeQuotePrefixOnTextStyles, type CellStyleWriter } from './excelQuotePrefix';

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs takes about 0.2 s and 14 MB to load. Only spreadsheet work needs it, so it is loaded the
 * first time a workbook is read or written, not at every start of Trainplan.
 */
export function loadExcel(): Promise<typeof ExcelJS> {
  loading ??= Promise.all([import('exceljs'), import('exceljs/lib/xlsx/xform/style/style-xform.js')]).then(
    ([excel, styleWriter]) => {
      writeQuotePrefixOnTextStyles(styleWriter.default as CellStyleWriter);
      return excel.default;
    },
  );
  return loading;
}
