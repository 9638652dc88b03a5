/** A value as a trainer sees it: "none" however it was stored, text without surrounding spaces or CR line ends. */
function seen(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return JSON.stringify(value.replace(/\r\n?/g, '\n').trim());
  return JSON.stringify(value);
}

/**
 * Whether two recorded values would read the same to a trainer. Older records and imports hold "" where
 * the forms now send null (and text a browser re-wrote with other line ends): such a pair is no change.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return seen(a) === seen(b);
}
