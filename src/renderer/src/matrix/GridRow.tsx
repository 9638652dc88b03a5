import type { VirtualItem } from '@tanstack/react-virtual';
import { memo, type CSSProperties, type ReactNode } from 'react';
import { gridStyles } from './gridStyles';

/** What the grid puts on every body cell: its place, its part in the roving focus, pointer and focus handlers. */
export interface CellBase {
  role: 'gridcell';
  tabIndex: 0 | -1;
  'aria-colindex': number;
  'aria-describedby': string | undefined;
  'data-cell': string;
  style: CSSProperties;
  onClick: () => void;
  onFocus: () => void;
  onMouseEnter: () => void;
  onMouseLeave: () => void;
}

/** The grid's reactions to a cell, the same functions for the grid's whole life so rows can skip re-rendering. */
export interface CellHandlers {
  click: (row: number, col: number) => void;
  focus: (row: number, col: number) => void;
  enter: (row: number, col: number) => void;
  leave: (row: number, col: number) => void;
}

interface GridRowProps {
  index: number;
  top: number;
  width: number;
  height: number;
  rowHeaderWidth: number;
  ariaRowIndex: number;
  testId: string;
  columns: VirtualItem[];
  /** The focusable cell's column when it is in this row, else null. */
  activeCol: number | null;
  /** The column whose details are shown when that cell is in this row, else null. */
  pointedCol: number | null;
  tooltipId: string;
  rowHeader: (row: number) => ReactNode;
  cell: (row: number, col: number, base: CellBase) => ReactNode;
  handlers: CellHandlers;
}

function GridRowView({
  index,
  top,
  width,
  height,
  rowHeaderWidth,
  ariaRowIndex,
  testId,
  columns,
  activeCol,
  pointedCol,
  tooltipId,
  rowHeader,
  cell,
  handlers,
}: GridRowProps) {
  return (
    <div role="row" aria-rowindex={ariaRowIndex} data-testid={testId} style={{ ...gridStyles.row, top, width, height }}>
      <div role="rowheader" aria-colindex={1} style={{ ...gridStyles.rowHeader, width: rowHeaderWidth }}>
        {rowHeader(index)}
      </div>
      {columns.map((item) => {
        const col = item.index;
        return cell(index, col, {
          role: 'gridcell',
          tabIndex: col === activeCol ? 0 : -1,
          'aria-colindex': col + 2,
          'aria-describedby': col === pointedCol ? tooltipId : undefined,
          'data-cell': `${String(index)}:${String(col)}`,
          style: { ...gridStyles.cell, left: item.start, width: item.size, height },
          onClick: () => handlers.click(index, col),
          onFocus: () => handlers.focus(index, col),
          onMouseEnter: () => handlers.enter(index, col),
          onMouseLeave: () => handlers.leave(index, col),
        });
      })}
    </div>
  );
}

/** Same columns in view: the same indexes at the same places. */
function sameColumns(a: VirtualItem[], b: VirtualItem[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((item, i) => item.index === b[i]?.index && item.start === b[i].start && item.size === b[i].size);
}

/**
 * One body row. Scrolling re-renders the grid on every frame; a row whose place, columns, focus and
 * details are unchanged is not drawn again, so a scroll costs only the rows that came into view.
 */
export const GridRow = memo(
  GridRowView,
  (a, b) =>
    a.index === b.index &&
    a.top === b.top &&
    a.width === b.width &&
    a.height === b.height &&
    a.rowHeaderWidth === b.rowHeaderWidth &&
    a.ariaRowIndex === b.ariaRowIndex &&
    a.testId === b.testId &&
    a.activeCol === b.activeCol &&
    a.pointedCol === b.pointedCol &&
    a.tooltipId === b.tooltipId &&
    a.rowHeader === b.rowHeader &&
    a.cell === b.cell &&
    a.handlers === b.handlers &&
    sameColumns(a.columns, b.columns),
);
