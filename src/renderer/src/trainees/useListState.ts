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
  return useAddressState(REMEMBERED_KEY, listStateOf, searchParamsOf);
}
