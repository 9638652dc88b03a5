import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATRIX_STATE,
  matrixParamsOf,
  matrixStateOf,
  sortByColumn,
  withView,
  type MatrixState,
} from '../../../src/shared/matrix/matrixParams';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';

const read = (search: string) => matrixStateOf(new URLSearchParams(search));

describe('the skills matrix in its address', () => {
  it('is the overview, everyone, by name, with nothing in the address', () => {
    expect(read('')).toEqual({
      view: 'overview',
      frameworkId: null,
      filter: NO_FILTER,
      sort: { key: 'name', column: null, direction: 'asc' },
      collapsed: [],
    });
    expect(matrixParamsOf(DEFAULT_MATRIX_STATE).toString()).toBe('');
  });

  it('comes back as it was put in: view, framework, filters, column sort and folded levels', () => {
    const state: MatrixState = {
      view: 'framework',
      frameworkId: '51-8099.00@v.26.05',
      filter: {
        ...NO_FILTER,
        search: 'Łukasz',
        team: 'Line 2',
        site: 'Leeds',
        trainer: 'Maria Keane',
        status: 'behind',
        includeArchived: true,
      },
      sort: { key: 'column', column: 'emerging.3', direction: 'desc' },
      collapsed: ['emerging', 'proficient'],
    };
    expect(read(matrixParamsOf(state).toString())).toEqual(state);
  });

  it('reads what it does not know as the default, and a column sort without a column as by name', () => {
    expect(read('view=table&sort=shoe-size&dir=sideways&collapsed=everything,developing')).toEqual({
      ...DEFAULT_MATRIX_STATE,
      collapsed: ['developing'],
    });
    expect(read('sort=column&dir=desc').sort).toEqual({ key: 'name', column: null, direction: 'asc' });
  });

  it('keeps folded levels in level order, whatever order the address gives them in', () => {
    expect(read('collapsed=advanced,emerging').collapsed).toEqual(['emerging', 'advanced']);
  });

  it('ignores the trainees list framework filter: the framework view has its own chooser', () => {
    expect(read('framework=43-9071.00@v.26.05').filter.frameworkId).toBeNull();
  });
});

describe('sorting and switching views', () => {
  it('sorts a new column with the most achieved first, and reverses a column clicked again', () => {
    const first = sortByColumn(DEFAULT_MATRIX_STATE.sort, 'emerging.1');
    expect(first).toEqual({ key: 'column', column: 'emerging.1', direction: 'desc' });
    expect(sortByColumn(first, 'emerging.1').direction).toBe('asc');
    expect(sortByColumn(first, 'emerging.2')).toEqual({ key: 'column', column: 'emerging.2', direction: 'desc' });
  });

  it('drops a column sort when the view or the framework changes, and keeps any other sort', () => {
    const byColumn: MatrixState = {
      ...DEFAULT_MATRIX_STATE,
      view: 'framework',
      frameworkId: 'a',
      sort: { key: 'column', column: 'emerging.1', direction: 'desc' },
    };
    expect(withView(byColumn, 'overview', 'a').sort.key).toBe('name');
    expect(withView(byColumn, 'framework', 'b').sort.key).toBe('name');
    expect(withView(byColumn, 'framework', 'a').sort).toEqual(byColumn.sort);
    const byTeam: MatrixState = { ...byColumn, sort: { key: 'team', column: null, direction: 'desc' } };
    expect(withView(byTeam, 'overview', 'a').sort).toEqual(byTeam.sort);
  });
});
