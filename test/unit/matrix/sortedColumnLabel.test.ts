import { describe, expect, it } from 'vitest';
import { sortedColumnLabel } from '../../../src/shared/matrix/sortedColumnLabel';
import type { FrameworkMatrix, MatrixSort, OverviewMatrix } from '../../../src/shared/overview/matrix';

const byColumn = (column: string): MatrixSort => ({ key: 'column', column, direction: 'desc' });

const framework = {
  levels: [{ key: 'developing', label: 'Developing', statementIds: ['developing.3'] }],
  statements: [{ id: 'developing.3', level: 'developing', position: 3, topic: 'Gauges', text: 'Reads gauges' }],
} as unknown as FrameworkMatrix;
const overview = { frameworks: [{ id: 'f1', title: 'Plant operators', soc: '51-8099.00' }] } as OverviewMatrix;

describe('the sorted column in words, for the "Sort by" menu', () => {
  it('names a statement as its header does, a folded level by its name, a framework by its title', () => {
    expect(sortedColumnLabel(byColumn('developing.3'), framework)).toBe('D3');
    expect(sortedColumnLabel(byColumn('developing'), framework)).toBe('Developing');
    expect(sortedColumnLabel(byColumn('f1'), overview)).toBe('Plant operators');
  });

  it('says nothing when not sorted by a column, or by one the matrix does not have', () => {
    expect(sortedColumnLabel({ key: 'team', column: null, direction: 'asc' }, framework)).toBeNull();
    expect(sortedColumnLabel(byColumn('advanced.9'), framework)).toBeNull();
    expect(sortedColumnLabel(byColumn('f2'), overview)).toBeNull();
    expect(sortedColumnLabel(byColumn('f1'), undefined)).toBeNull();
  });
});
