import { describe, expect, it } from 'vitest';
import { clampPosition, gridKeyAction } from '../../../src/shared/matrix/gridKeys';

const size = { rows: 300, cols: 40, page: 12 };
const noCtrl = { ctrl: false };
const to = (row: number, col: number) => ({ kind: 'move', to: { row, col } });

describe('grid keys', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(gridKeyAction('ArrowRight', noCtrl, { row: 3, col: 5 }, size)).toEqual(to(3, 6));
    expect(gridKeyAction('ArrowLeft', noCtrl, { row: 3, col: 5 }, size)).toEqual(to(3, 4));
    expect(gridKeyAction('ArrowDown', noCtrl, { row: 3, col: 5 }, size)).toEqual(to(4, 5));
    expect(gridKeyAction('ArrowUp', noCtrl, { row: 0, col: 0 }, size)).toEqual(to(0, 0));
    expect(gridKeyAction('ArrowRight', noCtrl, { row: 299, col: 39 }, size)).toEqual(to(299, 39));
    expect(gridKeyAction('ArrowDown', noCtrl, { row: 299, col: 39 }, size)).toEqual(to(299, 39));
  });

  it('goes to the ends of the row with Home and End, and of the grid with Ctrl', () => {
    expect(gridKeyAction('Home', noCtrl, { row: 7, col: 20 }, size)).toEqual(to(7, 0));
    expect(gridKeyAction('End', noCtrl, { row: 7, col: 20 }, size)).toEqual(to(7, 39));
    expect(gridKeyAction('Home', { ctrl: true }, { row: 7, col: 20 }, size)).toEqual(to(0, 0));
    expect(gridKeyAction('End', { ctrl: true }, { row: 7, col: 20 }, size)).toEqual(to(299, 39));
  });

  it('pages by a screenful, stopping at the first and last rows', () => {
    expect(gridKeyAction('PageDown', noCtrl, { row: 7, col: 2 }, size)).toEqual(to(19, 2));
    expect(gridKeyAction('PageUp', noCtrl, { row: 7, col: 2 }, size)).toEqual(to(0, 2));
    expect(gridKeyAction('PageDown', noCtrl, { row: 295, col: 2 }, size)).toEqual(to(299, 2));
    // A window too short for one row still moves.
    expect(gridKeyAction('PageDown', noCtrl, { row: 7, col: 2 }, { ...size, page: 0 })).toEqual(to(8, 2));
  });

  it('opens with Enter or Space and leaves every other key alone', () => {
    expect(gridKeyAction('Enter', noCtrl, { row: 1, col: 1 }, size)).toEqual({ kind: 'open' });
    expect(gridKeyAction(' ', noCtrl, { row: 1, col: 1 }, size)).toEqual({ kind: 'open' });
    expect(gridKeyAction('Tab', noCtrl, { row: 1, col: 1 }, size)).toBeNull();
    expect(gridKeyAction('a', noCtrl, { row: 1, col: 1 }, size)).toBeNull();
  });

  it('does nothing in an empty grid', () => {
    expect(gridKeyAction('ArrowDown', noCtrl, { row: 0, col: 0 }, { rows: 0, cols: 40, page: 10 })).toBeNull();
  });

  it('keeps the focused cell inside a grid that shrank', () => {
    expect(clampPosition({ row: 250, col: 30 }, { rows: 12, cols: 5 })).toEqual({ row: 11, col: 4 });
    expect(clampPosition({ row: 2, col: 3 }, { rows: 12, cols: 5 })).toEqual({ row: 2, col: 3 });
  });
});
