const ZERO_WIDTH_SPACE = '\u200b';
const LONG_WORD = /\S{25,}/g;

/**
 * pdfmake only breaks a word that does not fit when it starts a line; a long word after others runs
 * off the page. A zero-width space every 20 characters gives it places to break, invisibly.
 */
export function breakLongWords(text: string): string {
  return text.replace(LONG_WORD, (word) => word.replace(/(.{20})/gu, `$1${ZERO_WIDTH_SPACE}`));
}
