import { describe, expect, it } from 'vitest';
import { achievedIn, layoutColumns, LEVEL_WIDTH, STATEMENT_WIDTH } from '../../../src/shared/matrix/columnLayout';
import type { MatrixLevel, MatrixStatement } from '../../../src/shared/overview/matrix';

function statements(level: MatrixLevel['key'], count: number): MatrixStatement[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${level}.${String(i + 1)}`,
    level,
    position: i + 1,
    topic: `Topic ${level} ${String(i + 1)}`,
    text: 'Does it',
  }));
}

const all = [...statements('emerging', 10), ...statements('developing', 3), ...statements('proficient', 2)];
const levels: MatrixLevel[] = [
  { key: 'emerging', label: 'Emerging', statementIds: all.slice(0, 10).map((s) => s.id) },
  { key: 'developing', label: 'Developing', statementIds: all.slice(10, 13).map((s) => s.id) },
  { key: 'proficient', label: 'Proficient', statementIds: all.slice(13).map((s) => s.id) },
];

describe('the framework view columns', () => {
  it('has one column per statement, labelled by level initial and number, grouped by level', () => {
    const { columns, groups } = layoutColumns(levels, all, []);
    expect(columns.map((c) => c.label)).toEqual([
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'E6',
      'E7',
      'E8',
      'E9',
      'E10',
      'D1',
      'D2',
      'D3',
      'P1',
      'P2',
    ]);
    expect(columns.every((c) => c.width === STATEMENT_WIDTH)).toBe(true);
    expect(groups.map((g) => [g.level, g.first, g.count, g.collapsed])).toEqual([
      ['emerging', 0, 10, false],
      ['developing', 10, 3, false],
      ['proficient', 13, 2, false],
    ]);
  });

  it('folds a level into one heat column and moves the later groups along', () => {
    const { columns, groups } = layoutColumns(levels, all, ['emerging']);
    expect(columns).toHaveLength(6);
    expect(columns[0]).toMatchObject({ kind: 'level', key: 'emerging', width: LEVEL_WIDTH });
    expect(groups.map((g) => [g.level, g.first, g.count, g.collapsed])).toEqual([
      ['emerging', 0, 1, true],
      ['developing', 1, 3, false],
      ['proficient', 4, 2, false],
    ]);
  });

  it('reads each statement cell from its own place in the row, folded levels or not', () => {
    // Achieved: E2 and D3 only.
    const achieved = '010000000000100';
    const { columns } = layoutColumns(levels, all, ['emerging']);
    const held = columns.flatMap((c) => (c.kind === 'statement' && achievedIn(achieved, c) ? [c.label] : []));
    expect(held).toEqual(['D3']);
    const open = layoutColumns(levels, all, []).columns;
    expect(open.flatMap((c) => (c.kind === 'statement' && achievedIn(achieved, c) ? [c.label] : []))).toEqual([
      'E2',
      'D3',
    ]);
  });
});
