import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { listStateOf, searchParamsOf, type ListState } from '../../../shared/trainees/traineeListParams';

const REMEMBERED_KEY = 'trainplan.trainees-list';

/**
 * The list's last address parameters, for this window's session: a plain link to `/trainees` (the
 * sidebar, "← All trainees" on a trainee's page) comes back to the list as the trainer left it.
 */
function remembered(): string {
  try {
    return sessionStorage.getItem(REMEMBERED_KEY) ?? '';
  } catch {
    return '';
  }
}

function remember(search: string): void {
  try {
    sessionStorage.setItem(REMEMBERED_KEY, search);
  } catch {
    // Storage refused (private mode, quota): the address still holds the state, only the memory is lost.
  }
}

/** Remembers a state the address has not caught up with yet (a search typed just before leaving the list). */
export function rememberListState(state: ListState): void {
  remember(searchParamsOf(state).toString());
}

export interface ListStateControl {
  state: ListState;
  setState: (next: ListState) => void;
  /** The list was reached without parameters and is being sent to the remembered ones: draw nothing yet. */
  restoreTo: string | null;
}

/**
 * The trainees list's filters and sort, kept in its address so that Back restores them. Changes replace
 * the history entry (typing a search is not a trail of pages to go back through).
 */
export function useListState(): ListStateControl {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const state = useMemo(() => listStateOf(new URLSearchParams(search)), [search]);

  const setState = useCallback(
    (next: ListState) => {
      const nextParams = searchParamsOf(next);
      // Remembered at once, not after the render: clearing every filter must not look like arriving at a
      // plain `/trainees` and bring the old filters back.
      remember(nextParams.toString());
      setParams(nextParams, { replace: true });
    },
    [setParams],
  );

  // Reached with parameters (Back, a reload, a copied address): those are now the ones to come back to.
  useEffect(() => {
    if (search !== '') remember(search);
  }, [search]);

  const last = search === '' ? remembered() : '';
  return { state, setState, restoreTo: last === '' ? null : last };
}
