import { todayIso } from '../../shared/dates';
import { matchesFilter, sortRows, type TraineeFilter } from '../../shared/trainees/traineeFilter';
import { choicesOf, pageOf, type TraineePage, type TraineeQuery } from '../../shared/trainees/traineeQuery';
import type { TraineeRow } from '../../shared/trainees/traineeViews';
import type { Store } from '../store/store';
import type { TraineeViews } from './traineeViewBuilder';

/**
 * The trainees list as the window pages through it. The matching rows are filtered and sorted once
 * per state of the records, filters and day, so scrolling asks only for a slice of a ready list.
 */
export function createTraineeListing(store: Store, views: TraineeViews, now: () => Date) {
  let version = 0;
  store.onChange(() => {
    version += 1;
  });
  let listed: { key: string; matching: TraineeRow[] } | null = null;
  let offered: { key: string; choices: TraineePage['choices'] } | null = null;

  return {
    query(query: TraineeQuery): TraineePage {
      const rows = views.rows();
      const state = `${String(version)} ${todayIso(now())}`;
      const key = `${state} ${JSON.stringify([query.filter, query.sort])}`;
      if (listed?.key !== key) {
        const matching = rows.filter((row) => matchesFilter(row, query.filter));
        listed = { key, matching: sortRows(matching, query.sort.key, query.sort.direction) };
      }
      if (offered?.key !== state) offered = { key: state, choices: choicesOf(rows) };
      return pageOf(listed.matching, rows.length, offered.choices, query);
    },

    matchingIds(filter: TraineeFilter): string[] {
      return views
        .rows()
        .filter((row) => matchesFilter(row, filter))
        .map((row) => row.id);
    },

    /**
     * Works out every row's progress after opening, a slice at a time so calls are answered
     * meanwhile, so that the first list a trainer asks for is ready.
     */
    async warm(): Promise<void> {
      const ids = [...store.entries()].map((entry) => entry.id);
      for (let start = 0; start < ids.length; start += 500) {
        await new Promise((resolve) => setImmediate(resolve));
        for (const id of ids.slice(start, start + 500)) views.cachedRow(id);
      }
    },
  };
}
