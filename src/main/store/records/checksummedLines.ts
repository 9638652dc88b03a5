import { jsonShapeProblem } from '../../../shared/json/jsonShape';
import { crc32 } from 'node:zlib';

/**
 * One record per line, each line itself JSON: {"crc":"<8 hex>","rec":<record>}. The checksum covers
 * the exact bytes of <record>, so a line torn by a crash or a power cut is recognised and dropped
 * instead of being half-read (the model is SQLite's WAL: a checksum per frame decides where the log ends).
 */
const PREFIX = '{"crc":"';
const MIDDLE = '","rec":';
const HEAD = PREFIX.length + 8 + MIDDLE.length;

function hex(text: string): string {
  return crc32(Buffer.from(text, 'utf8')).toString(16).padStart(8, '0');
}

export function encodeLine(record: unknown): string {
  const json = JSON.stringify(record);
  return `${PREFIX}${hex(json)}${MIDDLE}${json}}\n`;
}

/** The record of one line, or undefined when the line is torn or damaged. */
export function decodeLine(line: string): unknown {
  if (line.length < HEAD + 1 || !line.startsWith(PREFIX) || !line.endsWith('}')) return undefined;
  if (line.slice(PREFIX.length + 8, HEAD) !== MIDDLE) return undefined;
  const json = line.slice(HEAD, -1);
  if (hex(json) !== line.slice(PREFIX.length, PREFIX.length + 8)) return undefined;
  try {
    const record = JSON.parse(json) as unknown;
    // A record no Trainplan writes (nested thousands deep, a "__proto__" key) counts as damage.
    return jsonShapeProblem(record) === null ? record : undefined;
  } catch {
    return undefined;
  }
}

/** A line a crash cut short: the start of a record line, or the zeros some file systems leave. */
function looksTorn(line: string): boolean {
  return line.startsWith(PREFIX) || PREFIX.startsWith(line) || /^\0+$/.test(line);
}

export interface DecodedLines {
  records: unknown[];
  /** Bad lines that are not the remains of a torn write: damage, or text that was never ours. */
  foreignLines: number;
  /** Byte length of the text up to the end of the last good line: where the next append belongs. */
  goodBytes: number;
  /** The last line was incomplete or damaged: a write that a crash cut short. */
  tornTail: boolean;
  /** Damaged lines followed by good ones: not a torn write but damage. */
  damagedLines: number;
}

export function decodeLines(text: string): DecodedLines {
  const records: unknown[] = [];
  let goodBytes = 0;
  let offset = 0;
  let damaged = 0;
  let pendingDamage = 0;
  let tornTail = false;
  let foreign = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    const line = end === -1 ? text.slice(offset) : text.slice(offset, end);
    const next = end === -1 ? text.length : end + 1;
    const record = line === '' ? undefined : decodeLine(line);
    if (record === undefined || end === -1) {
      if (line !== '') pendingDamage += 1;
      if (line !== '' && !looksTorn(line)) foreign += 1;
      tornTail = true;
    } else {
      damaged += pendingDamage;
      pendingDamage = 0;
      tornTail = false;
      records.push(record);
      goodBytes = Buffer.byteLength(text.slice(0, next), 'utf8');
    }
    offset = next;
  }
  return { records, goodBytes, tornTail: tornTail && pendingDamage > 0, damagedLines: damaged, foreignLines: foreign };
}

/** The record texts of a file's good lines, unparsed: a backup copies them as they are. */
export function goodRecordTexts(text: string): string[] {
  const bodies: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length < HEAD + 1 || !line.startsWith(PREFIX) || !line.endsWith('}')) continue;
    const json = line.slice(HEAD, -1);
    if (line.slice(PREFIX.length + 8, HEAD) === MIDDLE && hex(json) === line.slice(PREFIX.length, PREFIX.length + 8)) {
      bodies.push(json);
    }
  }
  return bodies;
}
