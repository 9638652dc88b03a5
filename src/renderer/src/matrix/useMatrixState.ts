import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { matrixParamsOf, matrixStateOf, type MatrixState } from '../../../shared/matrix/matrixParams';

const REMEMBERED_KEY = 'trainplan.matrix';

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
    // Storage refused: the address still holds the state, only the memory for a plain link is lost.
  }
}

export interface MatrixStateControl {
  state: MatrixState;
  setState: (next: MatrixState) => void;
  /** Reached as a plain `/matrix` after leaving it set up: where to go back to instead. */
  restoreTo: string | null;
}

/**
 * The matrix's view, framework, filters, sort and folded levels, kept in its address so Back and a reload
 * show the same matrix, and remembered for this window so the sidebar link comes back to it too. Changes
 * replace the history entry: Back leaves the page rather than stepping through each filter.
 */
export function useMatrixState(): MatrixStateControl {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const state = useMemo(() => matrixStateOf(new URLSearchParams(search)), [search]);
  const setState = useCallback(
    (next: MatrixState) => {
      const nextParams = matrixParamsOf(next);
      remember(nextParams.toString());
      setParams(nextParams, { replace: true });
    },
    [setParams],
  );
  useEffect(() => {
    if (search !== '') remember(search);
  }, [search]);
  const last = search === '' ? remembered() : '';
  return { state, setState, restoreTo: last === '' ? null : last };
}
