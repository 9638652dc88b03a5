import type { HistoryEvent } from '../../../shared/history/historyEvent';
import { HistoryDamage, historyTail } from './historyFile';

/** Thrown when a history file ends before the event its trainee's file names as their newest. */
export class HistoryCut extends HistoryDamage {}

export function historyCutWords(name: string | undefined): string {
  const whose = name === undefined ? 'Their' : `${name}’s`;
  return `${whose} history has lost its newest events: the file ends before the last event their records file names (the history file was cut, emptied or deleted after Trainplan saved it).`;
}

/**
 * Checks that a history file ends where the trainee's file on disk says it does. A checkpoint writes the
 * trainee's file before it appends their events, so after a crash between the two the file may end
 * earlier; the events are then still in the journal (`memory`) and are written again, which is not damage.
 * Only the end of the file is read. A trainee's file written before it named its last event is not checked.
 */
export async function checkHistoryEnd(
  file: string,
  lastEventId: string | undefined,
  memory: readonly HistoryEvent[],
  name: string | undefined,
  end?: number,
): Promise<void> {
  if (lastEventId === undefined || memory.some((event) => event.id === lastEventId)) return;
  const tail = await historyTail(file, 1, end);
  if (!tail.recentIds.has(lastEventId)) throw new HistoryCut(historyCutWords(name));
}
