import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { TraineePage, TraineeQuery } from '../../../shared/trainees/traineeQuery';
import type { TraineeRow } from '../../../shared/trainees/traineeViews';
import { TRAINEE_PAGE_SIZE, traineePageOptions } from '../api/traineeQueries';

/** The rows the table draws (overscan included), by index in the filtered list, both ends included. */
export interface RowRange {
  first: number;
  last: number;
}

export interface TraineePages {
  /** The latest answer's counts and filter choices; kept from the previous filters until the new answer is in. */
  summary: Pick<TraineePage, 'total' | 'all' | 'choices'> | undefined;
  /** The row at an index of the filtered list, or undefined while its page is loading. */
  rowAt: (index: number) => TraineeRow | undefined;
  /** What is drawn is not yet the answer to these filters and rows (loading, or the previous filters' rows). */
  updating: boolean;
  isPending: boolean;
  error: Error | null;
}

function pageOf(index: number): number {
  return Math.floor(Math.max(0, index) / TRAINEE_PAGE_SIZE);
}

/**
 * The trainees list a page of rows at a time: only the pages holding the drawn rows are asked for, so
 * the first screen costs one page however many trainees there are. The first drawn page keeps the
 * previous answer until its own arrives, so changing a filter does not blank the table.
 */
export function useTraineePages(
  filter: TraineeQuery['filter'],
  sort: TraineeQuery['sort'],
  rows: RowRange,
): TraineePages {
  const firstPage = pageOf(rows.first);
  const lastPage = Math.max(firstPage, pageOf(rows.last));
  const head = useQuery({ ...traineePageOptions(filter, sort, firstPage), placeholderData: keepPreviousData });
  const rest = useQueries({
    queries: Array.from({ length: lastPage - firstPage }, (_, i) =>
      traineePageOptions(filter, sort, firstPage + i + 1),
    ),
  });

  // The head's placeholder (previous filters or previous scroll position) is looked at last: an answer to
  // the current question always wins where both have a row.
  const current = rest.flatMap((r) => (r.data ? [r.data] : []));
  const pages = head.data ? (head.isPlaceholderData ? [...current, head.data] : [head.data, ...current]) : current;
  const rowAt = (index: number): TraineeRow | undefined => {
    for (const page of pages) {
      const at = index - page.offset;
      if (at >= 0 && at < page.rows.length) return page.rows[at];
    }
    return undefined;
  };

  return {
    summary: head.data ?? current[0],
    rowAt,
    updating: head.isPlaceholderData || head.isPending || rest.some((r) => r.isPending),
    isPending: head.isPending && current.length === 0,
    error: head.error ?? rest.find((r) => r.error)?.error ?? null,
  };
}
