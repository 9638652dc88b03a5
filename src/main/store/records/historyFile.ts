import { stat } from 'node:fs/promises';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import { DataFileError } from '../dataFileError';
import { couldBeTornAppend } from './checksummedLines';
import {
  CHAIN_START,
  historyLinkOf,
  linkProblem,
  linkOnlyOf,
  looksLikeOldTornLine,
  type ChainProblem,
  type HistoryLink,
} from './historyLines';
import { linesBackward, linesForward, type RawLine } from './lineReader';
import { historyEventSchema } from './recordsSchema';

/** A history file that cannot be trusted as it is: what is wrong, in words for the trainer. */
export class HistoryDamage extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'HistoryDamage';
  }
}

const PROBLEM_WORDS: Record<ChainProblem, string> = {
  missing: 'a line of their history is missing (the file was cut or edited).',
  out_of_place: 'a line of their history is out of place (the file was edited).',
};

function damaged(line: RawLine): HistoryDamage {
  return new HistoryDamage(
    `a line of their history is damaged (at byte ${String(line.offset)}: it does not match its checksum).`,
  );
}

const FOREIGN =
  'their history file belongs to another trainee (it holds another trainee’s events: it was replaced or copied over).';

/**
 * Whether a checked line is an event of `traineeId`. Ids are letters, digits and a few marks, and a quote
 * inside a string is escaped, so this text appears only as the key and value of a record: a tally read
 * needs no full parse to notice another trainee's file put in place of this one.
 */
function isTheirs(link: HistoryLink, traineeId: string): boolean {
  return link.json.includes(`"traineeId":"${traineeId}"`);
}

/** How many events of each kind and plan, and which plans, newest mention last: what a page's totals need. */
export interface HistoryTally {
  /** Keyed by `${kind} ${planId}` (an empty plan id for events of no plan). */
  counts: Map<string, number>;
  /** Plan id to the framework title of its newest event, in the order of their newest events. */
  plans: Map<string, string>;
}

/** What a forward read of a history file has established, so the next read starts where it ended. */
export interface HistoryScan {
  file: string;
  /** Bytes read and checked: the end of the last complete line. */
  bytes: number;
  last: Pick<HistoryLink, 'crc' | 'prev'> | null;
  /** Where lines repeat an event already read (left by crashes before appends checked for them). */
  repeats: Set<number>;
  tally: HistoryTally;
}

export function tallyKey(kind: string, planId: string | null): string {
  return `${kind} ${planId ?? ''}`;
}

export function countEvent(tally: HistoryTally, kind: string, planId: string | null, title: string | null): void {
  const key = tallyKey(kind, planId);
  tally.counts.set(key, (tally.counts.get(key) ?? 0) + 1);
  if (planId !== null) {
    tally.plans.delete(planId);
    tally.plans.set(planId, title ?? planId);
  }
}

export async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}

function eventOf(link: HistoryLink, line: RawLine): HistoryEvent {
  const parsed = historyEventSchema.safeParse(link.record);
  if (!parsed.success) throw damaged(line);
  return parsed.data;
}

/**
 * Reads a history file forward from where `from` ended, checking every line's checksum and link and
 * counting its events; `onEvent` sees each new event. Linear in the bytes read. An incomplete last
 * line (a checkpoint cut short: the journal still holds its events) is left for the next append to set aside.
 */
export async function scanHistory(
  file: string,
  traineeId: string,
  from: HistoryScan | null,
  onEvent?: (event: HistoryEvent) => void,
): Promise<HistoryScan> {
  const scan: HistoryScan = from
    ? {
        ...from,
        repeats: new Set(from.repeats),
        tally: { counts: new Map(from.tally.counts), plans: new Map(from.tally.plans) },
      }
    : { file, bytes: 0, last: null, repeats: new Set(), tally: { counts: new Map(), plans: new Map() } };
  const size = await sizeOf(file);
  if (size < scan.bytes) throw new HistoryDamage('their history file is shorter than it was (it was cut or replaced).');
  if (size === scan.bytes) return scan;
  const seen = new Set<string>();
  let torn: RawLine | null = null;
  for await (const line of linesForward(file, scan.bytes, size)) {
    if (!line.terminated) {
      if (line.text === null || !couldBeTornAppend(line.text)) throw damaged(line);
      break;
    }
    if (line.text === '') {
      scan.bytes = line.next;
      continue;
    }
    const link = line.text === null ? undefined : historyLinkOf(line.text, !onEvent);
    if (!link) {
      if (line.text === null || !looksLikeOldTornLine(line.text) || torn) throw damaged(line);
      torn = line;
      continue;
    }
    const problem = linkProblem(scan.last, link, torn !== null);
    if (problem) throw new HistoryDamage(PROBLEM_WORDS[problem]);
    if (!isTheirs(link, traineeId)) throw new HistoryDamage(FOREIGN);
    torn = null;
    const id = typeof link.record.id === 'string' ? link.record.id : '';
    // Only lines from before the chain can repeat an event: appends now skip events already written.
    if (link.prev === undefined && seen.has(id)) scan.repeats.add(line.offset);
    else {
      if (link.prev === undefined) seen.add(id);
      const event = onEvent ? eventOf(link, line) : null;
      if (event && event.traineeId !== traineeId) throw new HistoryDamage(FOREIGN);
      const kind = link.record.kind;
      const planId = link.record.planId ?? null;
      const title = link.record.frameworkTitle ?? null;
      if (
        typeof kind !== 'string' ||
        (planId !== null && typeof planId !== 'string') ||
        (title !== null && typeof title !== 'string')
      ) {
        throw damaged(line);
      }
      countEvent(scan.tally, kind, planId, title);
      if (event && onEvent) onEvent(event);
    }
    scan.last = { crc: link.crc, prev: link.prev };
    scan.bytes = line.next;
  }
  if (torn) throw damaged(torn);
  return scan;
}

/**
 * The events of the first `scan.bytes` of a history file, newest first, read backwards from there:
 * a page of the newest events reads only the end of the file. Links are checked between the lines read.
 */
export async function* eventsNewestFirst(scan: HistoryScan, traineeId: string): AsyncGenerator<HistoryEvent> {
  if (scan.bytes === 0) return;
  let newer: HistoryLink | null = null;
  let tornBetween = false;
  for await (const line of linesBackward(scan.file, scan.bytes)) {
    if (line.text === '') continue;
    const link = line.text === null ? undefined : historyLinkOf(line.text);
    if (!link) {
      if (line.text === null || !looksLikeOldTornLine(line.text) || tornBetween) throw damaged(line);
      tornBetween = true;
      continue;
    }
    if (newer) {
      const problem = linkProblem(link, newer, tornBetween);
      if (problem) throw new HistoryDamage(PROBLEM_WORDS[problem]);
    }
    tornBetween = false;
    newer = link;
    if (scan.repeats.has(line.offset)) continue;
    const event = eventOf(link, line);
    if (event.traineeId !== traineeId) throw new HistoryDamage(FOREIGN);
    yield event;
  }
  if (newer) {
    const problem = linkProblem(null, newer, tornBetween);
    if (problem) throw new HistoryDamage(PROBLEM_WORDS[problem]);
  }
}

/** Where to append to a history file: after its last complete line, linked to it; and the ids of its last `count` events. */
export interface HistoryTail {
  goodBytes: number;
  lastCrc: string;
  recentIds: Set<string>;
}

export async function historyTail(file: string, count: number, end?: number): Promise<HistoryTail> {
  const size = end ?? (await sizeOf(file));
  const tail: HistoryTail = { goodBytes: size, lastCrc: CHAIN_START, recentIds: new Set() };
  if (size === 0) return tail;
  let found = false;
  for await (const line of linesBackward(file, size)) {
    if (!line.terminated) {
      // A checkpoint cut short: its events are still in the journal and are written again.
      if (line.text === null || !couldBeTornAppend(line.text)) throw damaged(line);
      tail.goodBytes = line.offset;
      continue;
    }
    if (line.text === '') continue;
    const link = line.text === null ? undefined : historyLinkOf(line.text, true);
    if (!link) {
      if (line.text !== null && looksLikeOldTornLine(line.text) && found) continue;
      throw damaged(line);
    }
    if (!found) tail.lastCrc = link.crc;
    found = true;
    if (typeof link.record.id === 'string') tail.recentIds.add(link.record.id);
    if (tail.recentIds.size >= count) break;
  }
  return tail;
}

/**
 * Every event of a history file as its JSON text, each line's checksum and link checked but the text
 * not parsed (the link to the line before stays in it; reading a bundle ignores it): a backup copies
 * histories at the speed of reading them. Damage throws a DataFileError naming the file.
 */
export async function historyRecordTexts(file: string): Promise<string[]> {
  const texts: string[] = [];
  const fail = (detail: string): DataFileError => new DataFileError('invalid', file, detail);
  let last: Pick<HistoryLink, 'crc' | 'prev'> | null = null;
  let torn: RawLine | null = null;
  const size = await sizeOf(file);
  if (size === 0) return texts;
  for await (const line of linesForward(file, 0, size)) {
    if (!line.terminated) {
      if (line.text === null || !couldBeTornAppend(line.text)) throw fail(damaged(line).detail);
      break;
    }
    if (line.text === '') continue;
    const link = line.text === null ? undefined : linkOnlyOf(line.text);
    if (!link) {
      if (line.text === null || !looksLikeOldTornLine(line.text) || torn) throw fail(damaged(line).detail);
      torn = line;
      continue;
    }
    const problem = linkProblem(last, link, torn !== null);
    if (problem) throw fail(PROBLEM_WORDS[problem]);
    torn = null;
    last = link;
    texts.push(link.json);
  }
  if (torn) throw fail(damaged(torn).detail);
  return texts;
}
