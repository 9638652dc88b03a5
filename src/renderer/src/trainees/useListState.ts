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
  return useAddressState(REMEMBERED_KEY, listStateOf, searchParamsOf, !isVisitOnly(location.state));
}

/** The navigation state of a link whose filters are for that visit only (the dashboard's "Open in trainees list"). */
export const VISIT_ONLY = { visitOnly: true } as const;

function isVisitOnly(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'visitOnly' in state && state.visitOnly === true;
}
