import { unlink } from 'node:fs/promises';
import type { HistoryEvent } from '../../../shared/history/historyEvent';
import { syncFolder, writeFileDurably, type WriteFs } from '../durableWrite';
import { AppendOnlyFile } from './appendOnlyFile';
import { documentText, documentTextInSlices } from './checksummedDocument';
import { historyTail } from './historyFile';
import { encodeHistoryLines } from './historyLines';
import { tallyFileOf } from './historyTallyFile';
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

export interface CheckpointResult {
  snapshotBytes: number;
  /** Incomplete lines found at the end of history files (checkpoints cut short) and where they were set aside. */
  setAside: string[];
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
): Promise<CheckpointResult> {
  const setAside: string[] = [];
  await inParallel([...docs], async ([id, doc]) => {
    if (doc === null) {
      await removeIfThere(paths.traineeDoc(id));
      await removeIfThere(paths.traineeHistory(id));
      await removeIfThere(tallyFileOf(paths.traineeHistory(id)));
    } else {
      await writeFileDurably(paths.traineeDoc(id), documentText(doc), fs, { syncFolder: false });
    }
  });
  await inParallel(
    [...events].filter(([id]) => docs.get(id) !== null),
    async ([id, list]) => {
      // A checkpoint a crash cut short may have written some of these events already: they are the
      // file's last lines, and are not written twice. What follows links to the last complete line.
      const tail = await historyTail(paths.traineeHistory(id), list.length);
      const file = await AppendOnlyFile.open(paths.traineeHistory(id), tail.goodBytes, fs);
      if (file.setAsideAs !== null) setAside.push(file.setAsideAs);
      try {
        const fresh = list.filter((event) => !tail.recentIds.has(event.id));
        if (fresh.length > 0) await file.append(encodeHistoryLines(fresh, tail.lastCrc).text);
      } finally {
        await file.close();
      }
    },
  );
  await syncFolder(paths.trainees, fs);
  await syncFolder(paths.history, fs);
  // index.json of 20,000 trainees takes tens of milliseconds to encode: done a slice at a time.
  const text = await documentTextInSlices(snapshot);
  await writeFileDurably(paths.index, text, fs);
  return { snapshotBytes: text.reduce((sum, piece) => sum + piece.length, 0), setAside };
}
