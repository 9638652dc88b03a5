import Papa from 'papaparse';

/** Most rows a spreadsheet or Moodle CSV may have; far beyond any real framework. */
export const MAX_SOURCE_ROWS = 20_000;

/**
 * Rows of a CSV file as trimmed cells, empty rows dropped. The separator (comma, semicolon or tab) is
 * guessed from the content, since Excel in many European locales saves with semicolons.
 */
export function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
  });
  return parsed.data.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.trim() : '')));
}
