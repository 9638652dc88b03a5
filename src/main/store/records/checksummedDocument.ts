import { DataFileError } from '../dataFileError';
import { checksumOf } from './checksummedLines';
import { hasLongArray, jsonInSlices } from './inSlices';

/**
 * A document (index.json, a trainee's file) written as its JSON with a checksum as the first key:
 * {"crc":"<8 hex>",<the rest of the JSON>}. The checksum covers the JSON as it was without that key,
 * so a changed byte that still reads as JSON is caught. It stays plain JSON, so older Trainplans still
 * read it (they ignore the extra key); documents written before checksums have none and are read as before.
 */
const PREFIX = '{"crc":"';

export function documentText(value: object): string {
  const json = JSON.stringify(value);
  const rest = json.slice(1);
  return `${PREFIX}${checksumOf(json)}"${rest === '}' ? '' : ','}${rest}\n`;
}

/**
 * The bytes of the same text as documentText, built a slice at a time when the document is big
 * (index.json of 20,000 trainees), in the pieces they were built in.
 */
export async function documentTextInSlices(value: Readonly<Record<string, unknown>>): Promise<Buffer[]> {
  if (!hasLongArray(value)) return [Buffer.from(documentText(value), 'utf8')];
  const { chunks, crc } = await jsonInSlices(value);
  // The JSON starts with "{" and holds a long array, so there is more after that brace.
  const [head, ...rest] = chunks;
  if (!head) throw new Error('An empty document cannot be written.');
  return [Buffer.from(`${PREFIX}${crc}",`, 'utf8'), head.subarray(1), ...rest, Buffer.from('\n', 'utf8')];
}

/**
 * Refuses a document without a checksum where Trainplan wrote it with one: removing the `"crc"` key
 * would otherwise make an edited file read as one written before checksums. `what` names the file.
 */
export function requireChecksum(file: string, text: string, what = 'it'): void {
  if (text.startsWith(PREFIX)) return;
  throw new DataFileError(
    'invalid',
    file,
    `${what} has no checksum, though Trainplan saved it with one: it was changed by hand, so it cannot be trusted.`,
  );
}

/** The JSON a document was written as, its checksum checked; a document without one is returned as it is. */
export function documentJson(file: string, text: string): string {
  if (!text.startsWith(PREFIX)) return text;
  const crc = text.slice(PREFIX.length, PREFIX.length + 8);
  const after = text.slice(PREFIX.length + 8).trimEnd();
  let json: string | null = null;
  if (after === '"}') json = '{}';
  else if (after.startsWith('",')) json = `{${after.slice(2)}`;
  if (json === null || !/^[0-9a-f]{8}$/.test(crc) || checksumOf(json) !== crc) {
    throw new DataFileError(
      'invalid',
      file,
      'its contents do not match its checksum: it was changed or damaged after Trainplan saved it.',
    );
  }
  return json;
}
