import { open } from 'node:fs/promises';

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** One line of a file, as bytes were read: its text (null when not UTF-8), where it starts, and whether a newline ends it. */
export interface RawLine {
  text: string | null;
  offset: number;
  /** Where the next line starts: past this one and its newline. */
  next: number;
  terminated: boolean;
}

function textOf(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A file's lines from `start` to `end`, oldest first, read a megabyte at a time: the cost is linear in
 * the bytes and the file is never held whole, whatever its size.
 */
export async function* linesForward(file: string, start: number, end: number): AsyncGenerator<RawLine> {
  const handle = await open(file, 'r');
  try {
    let carry: Buffer = Buffer.alloc(0);
    let carryOffset = start;
    let position = start;
    while (position < end) {
      const chunk = Buffer.alloc(Math.min(CHUNK, end - position));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const data =
        carry.length === 0 ? chunk.subarray(0, bytesRead) : Buffer.concat([carry, chunk.subarray(0, bytesRead)]);
      let from = 0;
      for (let at = data.indexOf(NEWLINE); at !== -1; at = data.indexOf(NEWLINE, from)) {
        yield {
          text: textOf(data.subarray(from, at)),
          offset: carryOffset + from,
          next: carryOffset + at + 1,
          terminated: true,
        };
        from = at + 1;
      }
      carry = Buffer.from(data.subarray(from));
      carryOffset += from;
    }
    if (carry.length > 0) {
      yield { text: textOf(carry), offset: carryOffset, next: carryOffset + carry.length, terminated: false };
    }
  } finally {
    await handle.close();
  }
}

/**
 * A file's lines from `end` back to its start, newest first, read a megabyte at a time from the end:
 * the newest page of a history costs what that page holds, not what the file holds.
 */
export async function* linesBackward(file: string, end: number): AsyncGenerator<RawLine> {
  const handle = await open(file, 'r');
  try {
    let position = end;
    // Bytes from the start of a line (or of the part read so far) up to the line already yielded.
    let carry: Buffer = Buffer.alloc(0);
    let terminated = true;
    let first = true;
    while (position > 0) {
      const size = Math.min(CHUNK, position);
      position -= size;
      const chunk = Buffer.alloc(size);
      await handle.read(chunk, 0, size, position);
      const data = carry.length === 0 ? chunk : Buffer.concat([chunk, carry]);
      let to = data.length;
      if (first) {
        first = false;
        // The last byte is the newline that ends the last line; without it the last line is torn.
        if (data[to - 1] === NEWLINE) to -= 1;
        else terminated = false;
      }
      const previousNewline = (): number => (to > 0 ? data.lastIndexOf(NEWLINE, to - 1) : -1);
      for (let at = previousNewline(); at !== -1; at = previousNewline()) {
        const next = position + to + (terminated ? 1 : 0);
        yield { text: textOf(data.subarray(at + 1, to)), offset: position + at + 1, next, terminated };
        terminated = true;
        to = at;
      }
      carry = Buffer.from(data.subarray(0, to));
    }
    if (carry.length > 0 || !terminated) {
      yield { text: textOf(carry), offset: 0, next: carry.length + (terminated ? 1 : 0), terminated };
    }
  } finally {
    await handle.close();
  }
}
