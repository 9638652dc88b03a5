import { jsonShapeProblem } from '../../../shared/json/jsonShape';
import { crc32 } from 'node:zlib';
import { hasLongArray, jsonInSlices } from './inSlices';

/**
 * One record per line, each line itself JSON: {"crc":"<8 hex>","rec":<record>}. The checksum covers
 * the exact bytes of <record>, so a line torn by a crash or a power cut is recognised and dropped
 * instead of being half-read (the model is SQLite's WAL: a checksum per frame decides where the log ends).
 */
const PREFIX = '{"crc":"';
const MIDDLE = '","rec":';
const HEAD = PREFIX.length + 8 + MIDDLE.length;

export function checksumOf(text: string): string {
  return crc32(Buffer.from(text, 'utf8')).toString(16).padStart(8, '0');
}

export function encodeLine(record: unknown): string {
  const json = JSON.stringify(record);
  return `${PREFIX}${checksumOf(json)}${MIDDLE}${json}}\n`;
}

/**
 * The bytes of the same line as encodeLine, built a slice at a time when the record is big (a roster
 * import), in the pieces they were built in.
 */
export async function encodeLineInSlices(record: Readonly<Record<string, unknown>>): Promise<Buffer[]> {
  if (!hasLongArray(record)) return [Buffer.from(encodeLine(record), 'utf8')];
  const { chunks, crc } = await jsonInSlices(record);
  return [Buffer.from(`${PREFIX}${crc}${MIDDLE}`, 'utf8'), ...chunks, Buffer.from('}\n', 'utf8')];
}

/** A line whose checksum holds: the record's exact text and that checksum. */
export interface CheckedLine {
  json: string;
  crc: string;
}

/** The record text of one line and its checksum, or undefined when the line is torn or damaged. */
export function checkLine(line: string): CheckedLine | undefined {
  if (line.length < HEAD + 1 || !line.startsWith(PREFIX) || !line.endsWith('}')) return undefined;
  if (line.slice(PREFIX.length + 8, HEAD) !== MIDDLE) return undefined;
  const json = line.slice(HEAD, -1);
  const crc = line.slice(PREFIX.length, PREFIX.length + 8);
  return checksumOf(json) === crc ? { json, crc } : undefined;
}

/** Parses a record's text; undefined when it is not JSON or has a shape no Trainplan writes. */
export function parseRecord(json: string): unknown {
  try {
    const record = JSON.parse(json) as unknown;
    // A record no Trainplan writes (nested thousands deep, a "__proto__" key) counts as damage.
    return jsonShapeProblem(record) === null ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The record of one line, or undefined when the line is torn or damaged. */
export function decodeLine(line: string): unknown {
  const checked = checkLine(line);
  return checked === undefined ? undefined : parseRecord(checked.json);
}

/** The zeros some file systems leave where a write was cut short: never the work of a flipped bit. */
export function isZeros(line: string): boolean {
  return /^\0+$/.test(line);
}

/** What an append cut short can leave: the start of a record line, or zeros. Anything else is damage. */
export function couldBeTornAppend(line: string): boolean {
  return line.startsWith(PREFIX) || PREFIX.startsWith(line) || isZeros(line);
}

export interface DecodedLines {
  records: unknown[];
  /** Byte length of the text up to the end of the last good line: where the next append belongs. */
  goodBytes: number;
  /** The text ends in an incomplete line (no newline) or in zeros: a write that a crash cut short. */
  tornTail: boolean;
  /** Complete lines that do not hold a good record: damage, never the remains of a torn write. */
  damagedLines: number;
}

/**
 * Splits a log into records. Only its tail may be torn: an append is one write ending in a newline,
 * so a crash can leave an incomplete last line, but a complete line that fails its checksum is damage
 * wherever it is. Bytes are counted line by line, so the cost is linear in the text.
 */
export function decodeLines(text: string): DecodedLines {
  const records: unknown[] = [];
  let goodBytes = 0;
  let bytes = 0;
  let offset = 0;
  let damaged = 0;
  let tail = false;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    const line = end === -1 ? text.slice(offset) : text.slice(offset, end);
    offset = end === -1 ? text.length : end + 1;
    bytes += Buffer.byteLength(line, 'utf8') + (end === -1 ? 0 : 1);
    if (line === '') continue;
    const record = end === -1 ? undefined : decodeLine(line);
    if (record !== undefined && !tail) {
      records.push(record);
      goodBytes = bytes;
    } else if ((end === -1 && couldBeTornAppend(line)) || isZeros(line)) {
      tail = true;
    } else {
      damaged += 1;
    }
  }
  // Zeros followed by a complete record are not a torn tail: the record after them counts as damage.
  return { records, goodBytes, tornTail: tail && damaged === 0, damagedLines: damaged + (tail && damaged > 0 ? 1 : 0) };
}
