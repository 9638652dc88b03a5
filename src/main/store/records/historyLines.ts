import type { HistoryEvent } from '../../../shared/history/historyEvent';
import { checkLine, checksumOf, parseRecord } from './checksummedLines';

/**
 * A trainee's history is hash-chained: each line's record carries `prevCrc`, the checksum of the line
 * before it (CHAIN_START on the first line), so a line deleted, moved or pasted in from another file
 * breaks the chain and is noticed. Lines written before the chain existed have no `prevCrc`; they are
 * read as before, and the first chained line links to the last of them.
 */
export const CHAIN_START = '00000000';

/** A good line of a history file: its record, the record's checksum and the link it carries. */
export interface HistoryLink {
  record: Record<string, unknown>;
  /** The record's exact text, as its checksum covers it. */
  json: string;
  crc: string;
  /** The checksum of the line before, or undefined on a line written before lines were chained. */
  prev: string | undefined;
}

/**
 * The fields a tally needs come first, in this order, followed by `at`: a reader finds them without
 * parsing the whole record (see `linkHeaderOf`). The rest of the event follows as it was.
 */
const HEADER_START = '{"prevCrc":"';
const HEADER_END = ',"at":';

export function encodeHistoryLine(event: HistoryEvent, prevCrc: string): { text: string; crc: string } {
  const { id, kind, planId, frameworkTitle, at, ...rest } = event;
  const json = JSON.stringify({ prevCrc, id, kind, planId, frameworkTitle, at, ...rest });
  const crc = checksumOf(json);
  return { text: `{"crc":"${crc}","rec":${json}}\n`, crc };
}

/** Encodes events to append after a line whose checksum is `prevCrc`; returns the text and the new last checksum. */
export function encodeHistoryLines(events: readonly HistoryEvent[], prevCrc: string): { text: string; crc: string } {
  let text = '';
  let crc = prevCrc;
  for (const event of events) {
    const line = encodeHistoryLine(event, crc);
    text += line.text;
    crc = line.crc;
  }
  return { text, crc };
}

/**
 * The record of a checked line, or of its first fields only when it was written with them first:
 * a string cannot hold an unescaped `,"at":`, so its first occurrence ends the header. The checksum
 * already proved the bytes are what Trainplan wrote.
 */
function recordOrHeader(json: string, headerOnly: boolean): unknown {
  if (headerOnly && json.startsWith(HEADER_START)) {
    const end = json.indexOf(HEADER_END);
    // A flat object of a few strings: nothing in it for the shape check to find.
    if (end > 0) {
      try {
        return JSON.parse(`${json.slice(0, end)}}`) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return parseRecord(json);
}

/**
 * A complete line as a link, or undefined when its checksum fails or its record is not an object.
 * With `headerOnly`, a chained line's record holds only its first fields (prevCrc, id, kind, planId, frameworkTitle).
 */
export function historyLinkOf(line: string, headerOnly = false): HistoryLink | undefined {
  const checked = checkLine(line);
  if (!checked) return undefined;
  const record = recordOrHeader(checked.json, headerOnly);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const prev = (record as { prevCrc?: unknown }).prevCrc;
  if (prev !== undefined && typeof prev !== 'string') return undefined;
  return { record: record as Record<string, unknown>, json: checked.json, crc: checked.crc, prev };
}

/**
 * Only the checksum and the link of a complete line, its record not parsed: what copying a history
 * as it is needs. The link of a chained line is at a fixed place, as `encodeHistoryLine` writes it.
 */
export function linkOnlyOf(line: string): Pick<HistoryLink, 'json' | 'crc' | 'prev'> | undefined {
  const checked = checkLine(line);
  if (!checked) return undefined;
  if (!checked.json.startsWith(HEADER_START)) return { ...checked, prev: undefined };
  const prev = checked.json.slice(HEADER_START.length, HEADER_START.length + 8);
  return /^[0-9a-f]{8}$/.test(prev) && checked.json[HEADER_START.length + 8] === '"' ? { ...checked, prev } : undefined;
}

/**
 * The remains of a write a crash cut short, which Trainplans before the chain left in place and wrote
 * after: the start of a record line (never its end), or zeros.
 */
export function looksLikeOldTornLine(line: string): boolean {
  const start = '{"crc":"';
  return (line.startsWith(start) || start.startsWith(line) || /^\0+$/.test(line)) && !line.endsWith('}');
}

export type ChainProblem = 'missing' | 'out_of_place';

/**
 * Whether `newer` may follow `older` (null: the start of the file), with `tornBetween` old torn
 * lines between them. A chained line must name the line before it; an unchained (old) line may not
 * follow a chained one; old torn remains are only allowed where old Trainplans wrote after them.
 */
export function linkProblem(
  older: Pick<HistoryLink, 'crc' | 'prev'> | null,
  newer: Pick<HistoryLink, 'prev'>,
  tornBetween: boolean,
): ChainProblem | null {
  if (newer.prev !== undefined) {
    if (tornBetween) return 'out_of_place';
    return newer.prev === (older?.crc ?? CHAIN_START) ? null : 'missing';
  }
  return older?.prev !== undefined ? 'out_of_place' : null;
}
