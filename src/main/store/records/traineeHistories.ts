import type { HistoryEvent } from '../../../shared/history/historyEvent';
import {
  countEvent,
  eventsNewestFirst,
  historyTail,
  scanHistory,
  sizeOf,
  type HistoryScan,
  type HistoryTally,
} from './historyFile';
import { checkHistoryEnd } from './historyEnd';
import { readTallyFile, TALLY_WORTH_KEEPING, writeTallyFile } from './historyTallyFile';
import type { RecordsPaths } from './recordsFiles';

/** One trainee's history as a page needs it: totals without holding the events, and the events newest first. */
export interface HistoryView {
  tally: HistoryTally;
  /** Events not yet in the file first, then the file's, read backwards from its end. */
  newestFirst(): AsyncGenerator<HistoryEvent>;
}

function copyTally(tally: HistoryTally): HistoryTally {
  return { counts: new Map(tally.counts), plans: new Map(tally.plans) };
}

/**
 * Reads trainees' history files for the store. What a forward read established (where it ended, the
 * last link, the tally) is kept per trainee, and since history files only grow, the next read goes on
 * from there: each byte is checked once, and a page of the newest events reads only the end of the file.
 */
export class TraineeHistories {
  private readonly scans = new Map<string, HistoryScan>();

  constructor(
    private readonly paths: RecordsPaths,
    /** Events not yet in the history file, oldest first; null when the trainee was erased. */
    private readonly memory: (id: string) => HistoryEvent[] | null,
    /** Whether this app may write in the records folder (the tally cache beside a large history). */
    private readonly writable: () => boolean,
    /** The trainee's file as it is on disk (null when there is none yet), and their name, to check where the history ends. */
    private readonly onDisk: (id: string) => Promise<{ lastEventId?: string; name?: string } | null>,
  ) {}

  private async checkEnd(id: string, scan: HistoryScan): Promise<void> {
    const memory = this.memory(id) ?? [];
    const doc = await this.onDisk(id);
    if (doc) await checkHistoryEnd(scan.file, doc.lastEventId, memory, doc.name, scan.bytes);
  }

  private async scanned(id: string): Promise<HistoryScan> {
    const file = this.paths.traineeHistory(id);
    const from = this.scans.get(id) ?? (await readTallyFile(file, await sizeOf(file)));
    const scan = await scanHistory(file, id, from);
    this.scans.set(id, scan);
    if (this.writable() && scan.bytes - (from?.bytes ?? 0) >= TALLY_WORTH_KEEPING) {
      await writeTallyFile(scan).catch((error: unknown) => console.warn('The history tally was not kept:', error));
    }
    return scan;
  }

  /** Events in memory that the file does not hold yet (a checkpoint may have written some already). */
  private async freshInMemory(id: string, scan: HistoryScan): Promise<HistoryEvent[]> {
    const memory = this.memory(id) ?? [];
    if (memory.length === 0) return [];
    const inFile = (await historyTail(scan.file, memory.length, scan.bytes)).recentIds;
    const seen = new Set<string>();
    return memory.filter((event) => {
      if (inFile.has(event.id) || seen.has(event.id)) return false;
      seen.add(event.id);
      return true;
    });
  }

  async view(id: string, wrap: (error: unknown) => Error): Promise<HistoryView> {
    if (this.memory(id) === null) {
      this.scans.delete(id);
      return { tally: { counts: new Map(), plans: new Map() }, newestFirst: async function* () {} };
    }
    const scan = await this.scanned(id);
    await this.checkEnd(id, scan);
    const fresh = await this.freshInMemory(id, scan);
    const tally = copyTally(scan.tally);
    for (const event of fresh) countEvent(tally, event.kind, event.planId, event.frameworkTitle);
    return {
      tally,
      newestFirst: async function* () {
        for (let i = fresh.length - 1; i >= 0; i -= 1) yield fresh[i] as HistoryEvent;
        try {
          yield* eventsNewestFirst(scan, id);
        } catch (error) {
          throw wrap(error);
        }
      },
    };
  }

  /** The whole history, oldest first: every line read and checked. */
  async all(id: string): Promise<HistoryEvent[]> {
    if (this.memory(id) === null) {
      this.scans.delete(id);
      return [];
    }
    const events: HistoryEvent[] = [];
    const scan = await scanHistory(this.paths.traineeHistory(id), id, null, (event) => events.push(event));
    this.scans.set(id, scan);
    await this.checkEnd(id, scan);
    return [...events, ...(await this.freshInMemory(id, scan))];
  }
}
