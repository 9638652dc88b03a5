/**
 * Text a spreadsheet takes for a formula: "=HYPERLINK(…)", "+1", "-2", "@SUM", or one starting with a tab or
 * carriage return. A CSV cell like this gets an apostrophe in front; a workbook cell is styled as text.
 */
export const startsLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);
