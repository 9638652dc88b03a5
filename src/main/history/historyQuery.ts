import { ApiError } from '../../shared/api/errors';
import type { EventKind, HistoryEvent } from '../../shared/history/historyEvent';
import {
  HISTORY_GROUPS,
  type HistoryPage,
  type HistoryPlanChoice,
  type HistoryQuery,
} from '../../shared/history/historyQuery';
import { notFoundTrainee } from '../store/records/transaction';
import type { Store } from '../store/store';

function staleCursor(): ApiError {
  const message = 'That part of the history is no longer there. Show the history again from the newest event.';
  return new ApiError('invalid_input', message, [{ path: 'cursor', message }]);
}

/** Every plan the history mentions, newest title first, so a removed plan can still be chosen. */
function planChoices(events: readonly HistoryEvent[], current: ReadonlySet<string>): HistoryPlanChoice[] {
  const titles = new Map<string, string>();
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i];
    if (event?.planId && !titles.has(event.planId)) titles.set(event.planId, event.frameworkTitle ?? event.planId);
  }
  return [...titles].map(([planId, frameworkTitle]) => ({ planId, frameworkTitle, removed: !current.has(planId) }));
}

/**
 * Pages through one trainee's history, newest first. The cursor is the id of the last event a page
 * showed: events are only ever appended, so it still marks the same place when newer events arrive.
 */
export function createHistoryQuery(store: Store) {
  return {
    async page(query: HistoryQuery): Promise<HistoryPage> {
      const doc = await store.doc(query.traineeId);
      if (!doc) throw notFoundTrainee();
      const events = await store.history(query.traineeId);
      const kinds =
        query.kinds && query.kinds.length > 0
          ? new Set<EventKind>(query.kinds.flatMap((group) => HISTORY_GROUPS[group]))
          : null;
      const planId = query.planId ?? null;
      const matches = (event: HistoryEvent): boolean =>
        (kinds === null || kinds.has(event.kind)) && (planId === null || event.planId === planId);

      let start = events.length - 1;
      if (query.cursor) {
        const at = events.findIndex((event) => event.id === query.cursor);
        if (at < 0) throw staleCursor();
        start = at - 1;
      }
      const page: HistoryEvent[] = [];
      let total = 0;
      let more = false;
      for (let i = events.length - 1; i >= 0; i -= 1) {
        const event = events[i] as HistoryEvent;
        if (!matches(event)) continue;
        total += 1;
        if (i > start) continue;
        if (page.length < query.limit) page.push(event);
        else more = true;
      }
      return {
        events: page,
        nextCursor: more ? (page[page.length - 1]?.id ?? null) : null,
        total,
        plans: planChoices(events, new Set(doc.plans.map((p) => p.id))),
      };
    },
  };
}

export type HistoryQueryService = ReturnType<typeof createHistoryQuery>;
