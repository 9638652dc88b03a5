import { describe, expect, it } from 'vitest';
import { clickRow, NO_SELECTION, selectAll } from '../../../src/shared/trainees/rowSelection';
import { bulkOutcomeText } from '../../../src/shared/trainees/bulkChangeText';

const ROWS = ['a', 'b', 'c', 'd', 'e', 'f'];
const idAt = (i: number) => ROWS[i];
const ticked = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('ticking rows of the trainees list', () => {
  it('ticks and unticks one row at a time', () => {
    const one = clickRow(NO_SELECTION, 1, idAt, false);
    expect(ticked(one)).toEqual(['b']);
    expect(ticked(clickRow(one, 1, idAt, false))).toEqual([]);
  });

  it('ticks every row between the last clicked and a shift-clicked one, upwards too', () => {
    const start = clickRow(NO_SELECTION, 1, idAt, false);
    expect(ticked(clickRow(start, 4, idAt, true))).toEqual(['b', 'c', 'd', 'e']);
    const up = clickRow(NO_SELECTION, 4, idAt, false);
    expect(ticked(clickRow(up, 2, idAt, true))).toEqual(['c', 'd', 'e']);
  });

  it('unticks a range when the shift-clicked row was ticked', () => {
    const all = { ...selectAll(ROWS), anchor: 0 };
    expect(ticked(clickRow(all, 3, idAt, true))).toEqual(['e', 'f']);
  });

  it('passes over rows not loaded yet', () => {
    const start = clickRow(NO_SELECTION, 0, idAt, false);
    const gaps = (i: number) => (i === 2 ? undefined : ROWS[i]);
    expect(ticked(clickRow(start, 3, gaps, true))).toEqual(['a', 'b', 'd']);
  });
});

describe('the confirmation after changing several trainees', () => {
  it('counts who was changed and names who was left as they were, and why', () => {
    expect(bulkOutcomeText('assign-plan', { changed: 10, skipped: [] })).toBe('Plan assigned to 10 trainees.');
    expect(
      bulkOutcomeText('set-team', { changed: 1, skipped: [{ fullName: 'Anna Berg', reason: 'already in this team' }] }),
    ).toBe('Team set for 1 trainee. Left as they were: Anna Berg (already in this team).');
  });
});
