import { ApiError } from '../../shared/api/errors';
import { withoutMadeUpCode } from '../../shared/framework/shownCode';
import type { EventKind, HistoryEvent } from '../../shared/history/historyEvent';
import {
  HISTORY_GROUPS,
  type HistoryPage,
  type HistoryPlanChoice,
  type HistoryQuery,
} from '../../shared/history/historyQuery';
import { notFoundTrainee } from '../store/records/transaction';
import type { HistoryTally } from '../store/records/historyFile';
import type { Store } from '../store/store';

function staleCursor(): ApiError {
  const message = 'That part of the history is no longer there. Show the history again from the newest event.';
  return new ApiError('invalid_input', message, [{ path: 'cursor', message }]);
}

/** Every plan the history mentions, newest title first, so a removed plan can still be chosen. */
function planChoices(tally: HistoryTally, current: ReadonlySet<string>): HistoryPlanChoice[] {
  return [...tally.plans]
    .reverse()
    .map(([planId, title]) => ({ planId, frameworkTitle: withoutMadeUpCode(title), removed: !current.has(planId) }));
}

/** Events matching the filters, in all pages: counted from the tally, not by reading the events again. */
function totalOf(tally: HistoryTally, kinds: ReadonlySet<EventKind> | null, planId: string | null): number {
  let total = 0;
  for (const [key, count] of tally.counts) {
    const space = key.indexOf(' ');
    const kind = key.slice(0, space) as EventKind;
    const plan = key.slice(space + 1);
    if ((kinds === null || kinds.has(kind)) && (planId === null || plan === planId)) total += count;
  }
  return total;
}

/**
 * Pages through one trainee's history, newest first. The cursor is the id of the last event a page
 * showed: events are only ever appended, so it still marks the same place when newer events arrive.
 * Events are read from the end of the history backwards and only as far as the page needs.
 */
export function createHistoryQuery(store: Store) {
  return {
    async page(query: HistoryQuery): Promise<HistoryPage> {
      const doc = await store.doc(query.traineeId);
      if (!doc) throw notFoundTrainee();
      const view = await store.historyView(query.traineeId);
      const kinds =
        query.kinds && query.kinds.length > 0
          ? new Set<EventKind>(query.kinds.flatMap((group) => HISTORY_GROUPS[group]))
          : null;
      const planId = query.planId ?? null;
      const matches = (event: HistoryEvent): boolean =>
        (kinds === null || kinds.has(event.kind)) && (planId === null || event.planId === planId);

      const page: HistoryEvent[] = [];
      let more = false;
      let started = !query.cursor;
      for await (const event of view.newestFirst()) {
        if (!started) {
          started = event.id === query.cursor;
          continue;
        }
        if (!matches(event)) continue;
        if (page.length < query.limit) page.push(event);
        else {
          more = true;
          break;
        }
      }
      if (!started) throw staleCursor();
      return {
        events: page,
        nextCursor: more ? (page[page.length - 1]?.id ?? null) : null,
        total: totalOf(view.tally, kinds, planId),
        plans: planChoices(view.tally, new Set(doc.plans.map((p) => p.id))),
      };
    },
  };
}

export type HistoryQueryService = ReturnType<typeof createHistoryQuery>;
