import { describe, expect, it } from 'vitest';
import { listStateOf, searchParamsOf, type ListState } from '../../../src/shared/trainees/traineeListParams';
import { NO_FILTER } from '../../../src/shared/trainees/traineeFilter';

describe('the trainees list in its address', () => {
  it('is the plain list with nothing in the address', () => {
    const plain = listStateOf(new URLSearchParams(''));
    expect(plain).toEqual({ filter: NO_FILTER, sort: { key: 'name', direction: 'asc' } });
    expect(searchParamsOf(plain).toString()).toBe('');
  });

  it('comes back as it was put in, every filter and the sort', () => {
    const state: ListState = {
      filter: {
        search: 'Łukasz & co',
        team: 'Line 2',
        site: 'Leeds',
        trainer: 'Maria Keane',
        frameworkId: '51-8099.00@v.26.05',
        status: 'behind',
        includeArchived: true,
      },
      sort: { key: 'lastActivity', direction: 'desc' },
    };
    const params = searchParamsOf(state);
    expect(listStateOf(new URLSearchParams(params.toString()))).toEqual(state);
  });

  it('reads an unknown status or sort as none and the default', () => {
    const state = listStateOf(new URLSearchParams('status=late&sort=shoe+size&dir=sideways'));
    expect(state.filter.status).toBeNull();
    expect(state.sort).toEqual({ key: 'name', direction: 'asc' });
  });
});
