import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { NO_FILTER, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import { DEFAULT_SORT, listStateOf, searchParamsOf } from '../../../shared/trainees/traineeListParams';

/** The search box writes to the address once the trainer pauses, as on the trainees list. */
const SEARCH_PAUSE_MS = 250;

export interface DashboardFilterControl {
  /** What the figures are worked out for: the address's filters. */
  filter: TraineeFilter;
  /** What the filter fields show: the address's filters with the search as typed. */
  shown: TraineeFilter;
  setFilter: (next: TraineeFilter) => void;
  clear: () => void;
}

/**
 * The dashboard's filters, kept in its address in the same parameters as the trainees list
 * (`/dashboard?team=Line%202&status=overdue`), so that a reload or a copied address shows the same figures.
 * Changes replace the history entry: a filter change is not a page to go back through.
 */
export function useDashboardFilter(): DashboardFilterControl {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const filter = useMemo(() => listStateOf(new URLSearchParams(address)).filter, [address]);
  const [searchText, setSearchText] = useState(filter.search);
  const [pausedText] = useDebouncedValue(searchText, SEARCH_PAUSE_MS);

  const write = useCallback(
    (next: TraineeFilter) => setParams(searchParamsOf({ filter: next, sort: DEFAULT_SORT }), { replace: true }),
    [setParams],
  );
  useEffect(() => {
    if (pausedText !== filter.search) write({ ...filter, search: pausedText });
    // Only a pause in typing writes the search; the address changing otherwise must not write it back.
  }, [pausedText]);

  const setFilter = useCallback(
    (next: TraineeFilter) => {
      // A key typed in the search box waits for the pause; every other field goes to the address at once.
      setSearchText(next.search);
      write({ ...next, search: next.search === searchText ? next.search : filter.search });
    },
    [searchText, filter.search, write],
  );
  const clear = useCallback(() => {
    setSearchText('');
    write(NO_FILTER);
  }, [write]);
  return { filter, shown: { ...filter, search: searchText }, setFilter, clear };
}
