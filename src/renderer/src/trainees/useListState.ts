import { useLocation } from 'react-router';
import { listStateOf, searchParamsOf, type ListState } from '../../../shared/trainees/traineeListParams';
import { rememberAddress, useAddressState, type AddressStateControl } from '../layout/useAddressState';

const REMEMBERED_KEY = 'trainplan.trainees-list';

/** Remembers a state the address has not caught up with yet (a search typed just before leaving the list). */
export function rememberListState(state: ListState): void {
  rememberAddress(REMEMBERED_KEY, searchParamsOf(state).toString());
}

export type ListStateControl = AddressStateControl<ListState>;

/** The trainees list's filters and sort, kept in its address so that Back restores them. */
export function useListState(): ListStateControl {
  const location = useLocation();
  return useAddressState(
    REMEMBERED_KEY,
    listStateOf,
    searchParamsOf,
    !hasFlag(location.state, 'visitOnly'),
    !hasFlag(location.state, 'fromNavigation'),
  );
}

/** The navigation state of a link whose filters are for that visit only (the dashboard's "Open in trainees list"). */
export const VISIT_ONLY = { visitOnly: true } as const;

/**
 * The navigation state of the sidebar's links: a list opened from the navigation starts without filters
 * (issue 18, point 16), while "← All trainees" and Back come back to the list as the trainer left it.
 */
export const FROM_NAVIGATION = { fromNavigation: true } as const;

function hasFlag(state: unknown, flag: 'visitOnly' | 'fromNavigation'): boolean {
  return (
    typeof state === 'object' && state !== null && flag in state && (state as Record<string, unknown>)[flag] === true
  );
}
