import { setImmediate as nextTurn } from 'node:timers/promises';
import { crc32 } from 'node:zlib';

/**
 * Items handled between turns of the event loop in a big change (a roster import of 20,000 people).
 * The thread that answers calls also commits changes; at a few hundred documents per turn a call that
 * arrives meanwhile waits milliseconds, not the second that checking and encoding the whole change took.
 * A change of at most this many items is handled in one go, exactly as fast as before.
 */
export const SLICE = 250;

/** `map` over `items` in order, letting the event loop turn between slices when there are more than one. */
export async function mapInSlices<T, R>(items: readonly T[], map: (item: T) => R): Promise<R[]> {
  const result: R[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) await nextTurn();
    const end = Math.min(items.length, start + SLICE);
    for (let i = start; i < end; i += 1) result.push(map(items[i] as T));
  }
  return result;
}

/**
 * The UTF-8 bytes of the exact text JSON.stringify gives, as the pieces they were built in, with its
 * CRC-32 (as 8 hex digits). Kept in pieces: turning a 15 MB string into bytes at once holds the thread
 * for a tenth of a second, and the file is written from the pieces as they are.
 */
export interface ChecksummedJson {
  chunks: Buffer[];
  bytes: number;
  crc: string;
}

export function hexCrc(crc: number): string {
  return crc.toString(16).padStart(8, '0');
}

/**
 * JSON.stringify(value) for a plain object of JSON data, built a slice of array items at a time, the
 * checksum computed piece by piece (CRC-32 continues over concatenated pieces), so a big record or
 * index is encoded without holding the thread. The text is byte for byte what JSON.stringify writes:
 * keys in the object's order, undefined values left out, the same escaping (each piece is
 * JSON.stringify's own output).
 */
export async function jsonInSlices(value: Readonly<Record<string, unknown>>): Promise<ChecksummedJson> {
  const chunks: Buffer[] = [];
  let pending = '';
  let crc = 0;
  let bytes = 0;
  // Small pieces (brackets, keys) wait for the next big one, so the chunks stay few.
  const add = (piece: string): void => {
    pending += piece;
  };
  const cut = (): void => {
    if (pending === '') return;
    const chunk = Buffer.from(pending, 'utf8');
    pending = '';
    chunks.push(chunk);
    crc = crc32(chunk, crc);
    bytes += chunk.length;
  };
  add('{');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    const json = Array.isArray(item) ? null : (JSON.stringify(item) as string | undefined);
    if (!Array.isArray(item) && json === undefined) continue;
    add(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (json !== null && json !== undefined) {
      add(json);
      continue;
    }
    const list = item as readonly unknown[];
    add('[');
    for (let start = 0; start < list.length; start += SLICE) {
      if (start > 0) await nextTurn();
      // JSON.stringify writes null for an undefined or function item of an array.
      const slice = list.slice(start, start + SLICE).map((v) => (JSON.stringify(v) as string | undefined) ?? 'null');
      add(`${start > 0 ? ',' : ''}${slice.join(',')}`);
      cut();
    }
    add(']');
  }
  add('}');
  cut();
  return { chunks, bytes, crc: hexCrc(crc) };
}

/** Whether `value` holds an array long enough to be worth encoding in slices. */
export function hasLongArray(value: Readonly<Record<string, unknown>>): boolean {
  return Object.values(value).some((item) => Array.isArray(item) && item.length > SLICE);
}
