import { LEVEL_KEYS, type LevelKey } from '../framework/levels';
import { DEFAULT_MATRIX_SORT, MATRIX_SORT_KEYS, type MatrixSort } from '../overview/matrix';
import type { TraineeFilter } from '../trainees/traineeFilter';
import { DEFAULT_SORT, listStateOf, searchParamsOf } from '../trainees/traineeListParams';

export type MatrixView = 'overview' | 'framework';

/** Everything the skills matrix page shows, as its address holds it. */
export interface MatrixState {
  view: MatrixView;
  /** The framework of the framework view; null until one is chosen (the page then picks one in use). */
  frameworkId: string | null;
  filter: TraineeFilter;
  sort: MatrixSort;
  /** Levels of the framework view drawn as one heat cell per trainee. */
  collapsed: LevelKey[];
}

export const DEFAULT_MATRIX_STATE: MatrixState = {
  view: 'overview',
  frameworkId: null,
  filter: listStateOf(new URLSearchParams()).filter,
  sort: DEFAULT_MATRIX_SORT,
  collapsed: [],
};

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

/**
 * The page's state from its address (`/matrix?view=framework&fw=…&team=…&sort=column&col=…&dir=desc&collapsed=…`),
 * so Back, a reload or a copied address shows the same matrix. The filters travel as the trainees list's do;
 * anything unknown reads as the default.
 */
export function matrixStateOf(params: URLSearchParams): MatrixState {
  // The framework view has its own framework; a framework filter from a list address does not apply here.
  const filter: TraineeFilter = { ...listStateOf(params).filter, frameworkId: null };
  const view: MatrixView = params.get('view') === 'framework' ? 'framework' : 'overview';
  const key = oneOf(MATRIX_SORT_KEYS, params.get('sort')) ?? DEFAULT_MATRIX_SORT.key;
  const column = key === 'column' ? params.get('col') : null;
  const sort: MatrixSort =
    key === 'column' && (column === null || column === '')
      ? DEFAULT_MATRIX_SORT
      : { key, column, direction: params.get('dir') === 'desc' ? 'desc' : 'asc' };
  const collapsed = (params.get('collapsed') ?? '')
    .split(',')
    .map((level) => oneOf(LEVEL_KEYS, level))
    .filter((level): level is LevelKey => level !== null);
  return {
    view,
    frameworkId: params.get('fw') || null,
    filter,
    sort,
    collapsed: LEVEL_KEYS.filter((level) => collapsed.includes(level)),
  };
}

/** The address parameters of a state; what is at its default is left out, so the plain page is `/matrix`. */
export function matrixParamsOf(state: MatrixState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view !== 'overview') params.set('view', state.view);
  if (state.frameworkId !== null) params.set('fw', state.frameworkId);
  const filterParams = searchParamsOf({ filter: { ...state.filter, frameworkId: null }, sort: DEFAULT_SORT });
  for (const [name, value] of filterParams) params.set(name, value);
  const { sort } = state;
  if (sort.key !== DEFAULT_MATRIX_SORT.key || sort.direction !== DEFAULT_MATRIX_SORT.direction) {
    params.set('sort', sort.key);
    if (sort.key === 'column' && sort.column !== null) params.set('col', sort.column);
    params.set('dir', sort.direction);
  }
  if (state.collapsed.length > 0) params.set('collapsed', state.collapsed.join(','));
  return params;
}

/**
 * A column sort names a statement or a framework of one view: it means nothing in the other view or for
 * another framework, so moving between them sorts by name again.
 */
export function withView(state: MatrixState, view: MatrixView, frameworkId: string | null): MatrixState {
  const moved = view !== state.view || frameworkId !== state.frameworkId;
  const sort = moved && state.sort.key === 'column' ? DEFAULT_MATRIX_SORT : state.sort;
  return { ...state, view, frameworkId, sort };
}

/** Clicking a column's header: sorted by it already, the other way round; else with the most achieved first. */
export function sortByColumn(current: MatrixSort, column: string): MatrixSort {
  if (current.key === 'column' && current.column === column)
    return { ...current, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key: 'column', column, direction: 'desc' };
}
