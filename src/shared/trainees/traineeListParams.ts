import { NO_FILTER, type SortDirection, type SortKey, type TraineeFilter } from './traineeFilter';
import { SORT_KEYS, STATUS_FILTERS } from './traineeQuery';

/** What the trainees list shows: its filters and its sort. */
export interface ListState {
  filter: TraineeFilter;
  sort: { key: SortKey; direction: SortDirection };
}

export const DEFAULT_SORT: ListState['sort'] = { key: 'name', direction: 'asc' };

/** The parameter each filter travels as in the list's address; values are the filters' own. */
const TEXT_PARAMS = { search: 'q', team: 'team', site: 'site', trainer: 'trainer', frameworkId: 'framework' } as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

/**
 * The list's state from its address (`/trainees?q=…&team=…&sort=status&dir=desc`), so that Back, a
 * reload or a copied address shows the same list. Anything unknown is read as "any" / the default.
 */
export function listStateOf(params: URLSearchParams): ListState {
  const filter: TraineeFilter = { ...NO_FILTER };
  filter.search = params.get(TEXT_PARAMS.search) ?? '';
  filter.team = params.get(TEXT_PARAMS.team);
  filter.site = params.get(TEXT_PARAMS.site);
  filter.trainer = params.get(TEXT_PARAMS.trainer);
  filter.frameworkId = params.get(TEXT_PARAMS.frameworkId);
  filter.status = oneOf(STATUS_FILTERS, params.get('status'));
  filter.includeArchived = params.get('archived') === '1';
  const key = oneOf(SORT_KEYS, params.get('sort')) ?? DEFAULT_SORT.key;
  const direction: SortDirection = params.get('dir') === 'desc' ? 'desc' : 'asc';
  return { filter, sort: { key, direction } };
}

/** The address parameters of a list state; what is at its default is left out, so the plain list is `/trainees`. */
export function searchParamsOf({ filter, sort }: ListState): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(TEXT_PARAMS) as [keyof typeof TEXT_PARAMS, string][]) {
    const value = filter[field];
    if (value !== null && value !== '') params.set(name, value);
  }
  if (filter.status !== null) params.set('status', filter.status);
  if (filter.includeArchived) params.set('archived', '1');
  if (sort.key !== DEFAULT_SORT.key || sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', sort.key);
    params.set('dir', sort.direction);
  }
  return params;
}
