import { unlink } from 'node:fs/promises';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import { syncFolder, writeFileDurably, type WriteFs } from '../durableWrite';
import { AppendOnlyFile } from './appendOnlyFile';
import { encodeLine } from './checksummedLines';
import type { RecordsPaths } from './recordsFiles';
import type { Snapshot, TraineeDoc } from './recordsSchema';

const PARALLEL = 8;

async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

async function removeIfThere(file: string): Promise<void> {
  await unlink(file).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  });
}

/**
 * Copies what the journal holds into the trainees' own files, then writes index.json, whose new
 * generation is the moment the checkpoint counts. Until then the journal is the truth: a crash at
 * any point is repaired by replaying it, which writes the same documents and skips events already there.
 */
export async function writeCheckpoint(
  paths: RecordsPaths,
  docs: ReadonlyMap<string, TraineeDoc | null>,
  events: ReadonlyMap<string, readonly HistoryEvent[]>,
  snapshot: Snapshot,
  fs: WriteFs,
): Promise<number> {
  await inParallel([...docs], async ([id, doc]) => {
    if (doc === null) {
      await removeIfThere(paths.traineeDoc(id));
      await removeIfThere(paths.traineeHistory(id));
    } else {
      await writeFileDurably(paths.traineeDoc(id), `${JSON.stringify(doc)}\n`, fs, { syncFolder: false });
    }
  });
  await inParallel(
    [...events].filter(([id]) => docs.get(id) !== null),
    async ([id, list]) => {
      const file = await AppendOnlyFile.open(paths.traineeHistory(id), null, fs);
      try {
        await file.append(list.map((event) => encodeLine(event)).join(''));
      } finally {
        await file.close();
      }
    },
  );
  await syncFolder(paths.trainees, fs);
  await syncFolder(paths.history, fs);
  const text = `${JSON.stringify(snapshot)}\n`;
  await writeFileDurably(paths.index, text, fs);
  return Buffer.byteLength(text);
}
