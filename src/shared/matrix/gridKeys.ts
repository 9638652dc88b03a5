/** A cell of the grid's body: its row and column, both from 0. */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
  /** Rows in one screenful, for Page Up and Page Down. */
  page: number;
}

/** What a key does in the grid: move to another cell, open the one focused, or nothing of ours. */
export type GridAction = { kind: 'move'; to: GridPosition } | { kind: 'open' } | null;

const clamp = (value: number, max: number): number => Math.max(0, Math.min(max, value));

/**
 * The keys of an ARIA data grid (arrows, Home/End in the row, Ctrl+Home/End to the first and last cell,
 * Page Up/Down by a screenful, Enter or Space to open), as a pure function so it can be pinned by tests.
 */
export function gridKeyAction(key: string, modifiers: { ctrl: boolean }, at: GridPosition, size: GridSize): GridAction {
  if (size.rows === 0 || size.cols === 0) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const move = (row: number, col: number): GridAction => ({
    kind: 'move',
    to: { row: clamp(row, lastRow), col: clamp(col, lastCol) },
  });
  switch (key) {
    case 'ArrowUp':
      return move(at.row - 1, at.col);
    case 'ArrowDown':
      return move(at.row + 1, at.col);
    case 'ArrowLeft':
      return move(at.row, at.col - 1);
    case 'ArrowRight':
      return move(at.row, at.col + 1);
    case 'Home':
      return modifiers.ctrl ? move(0, 0) : move(at.row, 0);
    case 'End':
      return modifiers.ctrl ? move(lastRow, lastCol) : move(at.row, lastCol);
    case 'PageUp':
      return move(at.row - Math.max(1, size.page), at.col);
    case 'PageDown':
      return move(at.row + Math.max(1, size.page), at.col);
    case 'Enter':
    case ' ':
      return { kind: 'open' };
    default:
      return null;
  }
}

/** The focused cell kept inside the grid when rows or columns go away (a filter, a collapsed level). */
export function clampPosition(at: GridPosition, size: Pick<GridSize, 'rows' | 'cols'>): GridPosition {
  return { row: clamp(at.row, size.rows - 1), col: clamp(at.col, size.cols - 1) };
}
