import { useInfiniteQuery } from '@tanstack/react-query';
import type { HistoryGroup } from '../../../shared/history/historyQuery';
import { call } from './client';
import { traineeKeys } from './traineeQueries';

/** Events per `history:query` call: a screenful; "Load more" asks for the next. */
export const HISTORY_PAGE_SIZE = 50;

export interface HistoryFilter {
  kinds: HistoryGroup[];
  planId: string | null;
}

/**
 * A trainee's history, a page at a time. The key sits under the trainee's own key, so every change that
 * refetches the trainee (or the list) refetches the history too.
 */
export function useHistory(traineeId: string, filter: HistoryFilter) {
  return useInfiniteQuery({
    queryKey: [...traineeKeys.one(traineeId), 'history', filter] as const,
    queryFn: ({ pageParam }) =>
      call('history:query', {
        traineeId,
        kinds: filter.kinds,
        planId: filter.planId,
        cursor: pageParam,
        limit: HISTORY_PAGE_SIZE,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
