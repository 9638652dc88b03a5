import type { Cell, Row, Worksheet } from 'exceljs';
import { startsLikeFormula } from './formulaLikeText';

/**
 * Excel's Text number format. A string cell is never run when the file is opened, but editing it (F2, Enter)
 * re-reads what was typed, and "=HYPERLINK(…)" becomes a live formula. A cell in the Text format keeps what is
 * typed as text; `excelQuotePrefix.ts` also gives such cells Excel's quote-prefix style (the apostrophe Excel
 * itself adds when "'=…" is typed), which exceljs cannot write by itself.
 */
export const TEXT_FORMAT = '@';

/** A cell whose text starts like a formula is kept as text by Excel, also after it is edited. */
export function keepFormulaLikeText(cell: Cell): void {
  if (typeof cell.value === 'string' && startsLikeFormula(cell.value)) cell.numFmt = TEXT_FORMAT;
}

/** The same for each cell of a row (call before a streamed row is committed). */
export function keepRowText(row: Row): void {
  row.eachCell(keepFormulaLikeText);
}

/** The same for a whole sheet of a workbook written in one go. */
export function keepSheetText(sheet: Worksheet): void {
  sheet.eachRow(keepRowText);
}
