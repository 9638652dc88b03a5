import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { tempFileFor } from '../durableWrite';
import { documentJson, documentText } from './checksummedDocument';
import type { HistoryScan } from './historyFile';
import { historyLinkOf } from './historyLines';
import { linesBackward } from './lineReader';

/**
 * A cache beside a large history file (`<id>.jsonl.tally`): where the last full read ended, the link
 * there and the tally up to it, so the next start reads only what was appended since instead of the
 * whole file again. It is derived, never the record: it is used only when its checksum holds and the
 * history line ending where it says has the checksum it names; otherwise the file is read again.
 */
const tallySchema = z.object({
  bytes: z.number().int().nonnegative(),
  last: z.object({ crc: z.string(), prev: z.string().optional() }).nullable(),
  repeats: z.array(z.number().int().nonnegative()),
  counts: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
  plans: z.array(z.tuple([z.string(), z.string()])),
});

/** Scans that covered at least this many new bytes are worth keeping; smaller files are quick to read again. */
export const TALLY_WORTH_KEEPING = 1 << 20;

export function tallyFileOf(historyFile: string): string {
  return `${historyFile}.tally`;
}

export async function readTallyFile(historyFile: string, size: number): Promise<HistoryScan | null> {
  const file = tallyFileOf(historyFile);
  try {
    const parsed = tallySchema.safeParse(JSON.parse(documentJson(file, await readFile(file, 'utf8'))));
    if (!parsed.success || parsed.data.bytes > size || parsed.data.bytes === 0) return null;
    const tally = parsed.data;
    // The line that ends where the tally ends must be the one it names: else the file was replaced.
    for await (const line of linesBackward(historyFile, tally.bytes)) {
      const link = line.text === null ? undefined : historyLinkOf(line.text, true);
      if (!link || link.crc !== tally.last?.crc || link.prev !== tally.last.prev) return null;
      break;
    }
    return {
      file: historyFile,
      bytes: tally.bytes,
      last: tally.last ? { crc: tally.last.crc, prev: tally.last.prev } : null,
      repeats: new Set(tally.repeats),
      tally: { counts: new Map(tally.counts), plans: new Map(tally.plans) },
    };
  } catch {
    // Missing, damaged or unreadable: the history file itself is read instead.
    return null;
  }
}

/** Writes the cache by temp file and rename; not flushed, as losing it costs only a re-read. */
export async function writeTallyFile(scan: HistoryScan): Promise<void> {
  const file = tallyFileOf(scan.file);
  const text = documentText({
    bytes: scan.bytes,
    last: scan.last,
    repeats: [...scan.repeats],
    counts: [...scan.tally.counts],
    plans: [...scan.tally.plans],
  });
  const temp = tempFileFor(file);
  await writeFile(temp, text, { mode: 0o600 });
  await rename(temp, file);
}
