import { open } from 'node:fs/promises';
import { NotUtf8Error } from './strictText';

const CHUNK = 1 << 20;

/**
 * The lines of a file, read a megabyte at a time so a file of any size is never held whole, and
 * decoded strictly: bytes that are not UTF-8 throw instead of becoming U+FFFD.
 */
export async function* linesOfFile(path: string): AsyncGenerator<string> {
  const handle = await open(path, 'r');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const buffer = Buffer.alloc(CHUNK);
  let rest = '';
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      let text: string;
      try {
        text = decoder.decode(buffer.subarray(0, bytesRead), { stream: bytesRead > 0 });
      } catch {
        throw new NotUtf8Error(path);
      }
      rest += text;
      const lines = rest.split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
      if (bytesRead === 0) break;
    }
    if (rest !== '') yield rest;
  } finally {
    await handle.close();
  }
}

/** The lines of a text already in memory, as the same kind of sequence. */
export async function* linesOfText(text: string): AsyncGenerator<string> {
  let offset = 0;
  while (offset < text.length) {
    const end = text.indexOf('\n', offset);
    yield end === -1 ? text.slice(offset) : text.slice(offset, end);
    offset = end === -1 ? text.length : end + 1;
    // Let other calls be answered while a long text is read.
    if (offset % 64 === 0) await Promise.resolve();
  }
}
