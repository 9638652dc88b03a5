/** The format a Trainplan data export (and a backup) names on its first line. */
export const DATA_EXPORT_FORMAT = 'trainplan-data';

/**
 * What the first line of a file says it is. A data export is JSON lines whose first line is an object
 * with `"format": "trainplan-data"`; it is recognised by parsing that line, so a file re-written by another
 * tool (spaces after the colons, keys in another order, CRLF, a byte order mark) is still recognised.
 */
export type FirstLine =
  | { kind: 'data_export' }
  /** A JSON object naming another format. */
  | { kind: 'other_format'; format: string }
  /** A JSON object with no "format" (a one-file export of data format 1 or 2 is one such line). */
  | { kind: 'no_format' }
  | { kind: 'not_json' };

export function firstLineOf(text: string): string {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const end = body.indexOf('\n');
  return (end === -1 ? body : body.slice(0, end)).trimEnd();
}

export function readFirstLine(text: string): FirstLine {
  const line = firstLineOf(text);
  if (!line.startsWith('{')) return { kind: 'not_json' };
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { kind: 'not_json' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'not_json' };
  const format: unknown = Object.hasOwn(json, 'format') ? (json as { format: unknown }).format : undefined;
  if (format === DATA_EXPORT_FORMAT) return { kind: 'data_export' };
  if (typeof format === 'string') return { kind: 'other_format', format };
  return { kind: 'no_format' };
}
