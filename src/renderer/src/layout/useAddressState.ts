import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A page's last address parameters, for this window's session: a plain link to the page ("← All trainees",
 * the sidebar's link to the matrix) comes back to it as the trainer left it.
 */
function remembered(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

export function rememberAddress(key: string, search: string): void {
  try {
    sessionStorage.setItem(key, search);
  } catch {
    // Storage refused (private mode, quota): the address still holds the state, only the memory is lost.
  }
}

export interface AddressStateControl<S> {
  state: S;
  setState: (next: S) => void;
  /** The page was reached without parameters and is being sent to the remembered ones: draw nothing yet. */
  restoreTo: string | null;
}

/**
 * A page's state kept in its address, so Back, a reload and a copied address show the same page, and
 * remembered under `key` for the sidebar link. Changes replace the history entry: a filter change is not a
 * page to go back through.
 */
export function useAddressState<S>(
  key: string,
  parse: (params: URLSearchParams) => S,
  serialise: (state: S) => URLSearchParams,
  /** False for an address opened for one visit (a dashboard's "Open in trainees list"): it is not kept for the sidebar link. */
  keepAddress = true,
  /** False where a plain address means a fresh start (the sidebar's link to the list), not the state left. */
  restore = true,
): AddressStateControl<S> {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const state = useMemo(() => parse(new URLSearchParams(search)), [parse, search]);

  const setState = useCallback(
    (next: S) => {
      const nextParams = serialise(next);
      // Remembered at once, not after the render: clearing every filter must not look like arriving at a
      // plain address and bring the old filters back.
      rememberAddress(key, nextParams.toString());
      setParams(nextParams, { replace: true });
    },
    [key, serialise, setParams],
  );

  // Reached with parameters (Back, a reload, a copied address): those are now the ones to come back to.
  // A fresh start is the state left too: "← All trainees" from a trainee opened now comes back to it.
  useEffect(() => {
    if ((search !== '' || !restore) && keepAddress) rememberAddress(key, search);
  }, [key, search, keepAddress, restore]);

  const last = search === '' && restore ? remembered(key) : '';
  return { state, setState, restoreTo: last === '' ? null : last };
}
