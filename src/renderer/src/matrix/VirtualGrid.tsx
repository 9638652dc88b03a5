import { defaultRangeExtractor, useVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { clampPosition, gridKeyAction, type GridPosition } from '../../../shared/matrix/gridKeys';
import { GridRow, type CellBase, type CellHandlers } from './GridRow';
import { gridStyles } from './gridStyles';

export type { CellBase };

export interface GridColumn {
  key: string;
  width: number;
}

/** Where the header and footer draw their column cells: the columns in view and where any column starts. */
export interface ColumnsInView {
  items: VirtualItem[];
  start: (column: number) => number;
  width: number;
}

/** How long the pointer rests on a cell before its details are asked for: moving across the grid asks nothing. */
const HOVER_REST_MS = 300;
const TOOLTIP_WIDTH = 260;

interface Pointed extends GridPosition {
  below: boolean;
  top: number;
  left: number;
}

/**
 * A data grid drawn both ways virtually: only the rows and columns in view (and the focused cell) are in
 * the page, so thousands of trainees × dozens of columns scroll smoothly. The column headers and the
 * footer stick to the top and bottom, the row headers to the left. Keyboard use follows the ARIA grid
 * pattern: one cell is in the tab order and the arrow keys move it.
 */
export function VirtualGrid({
  label,
  rowCount,
  columns,
  rowHeight,
  rowHeaderWidth,
  headerHeight,
  headerRows,
  footerHeight,
  busy,
  resetKey,
  header,
  rowHeader,
  rowTestId,
  cell,
  footer,
  onOpen,
  tooltip,
}: {
  label: string;
  rowCount: number;
  columns: readonly GridColumn[];
  rowHeight: number;
  rowHeaderWidth: number;
  headerHeight: number;
  /** Header rows, for the rows' ARIA indexes. */
  headerRows: number;
  footerHeight: number;
  busy: boolean;
  /** Changes when the filters or the sort change: the grid then goes back to the top. */
  resetKey: string;
  header: (view: ColumnsInView) => ReactNode;
  rowHeader: (row: number) => ReactNode;
  rowTestId: string;
  cell: (row: number, col: number, base: CellBase) => ReactNode;
  footer: (view: ColumnsInView, ariaRowIndex: number) => ReactNode;
  onOpen: (at: GridPosition) => void;
  /** What to say about a cell pointed at or focused; null says nothing. */
  tooltip: (at: GridPosition) => ReactNode | null;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const tooltipId = useId();
  const [stored, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const active = clampPosition(stored, { rows: rowCount, cols: columns.length });
  const [pointed, setPointed] = useState<Pointed | null>(null);
  const focusAfterMove = useRef(false);
  const hoverTimer = useRef<number | undefined>(undefined);
  const usingKeys = useRef(false);

  // The focused cell stays drawn when it scrolls out of view, so focus is never dropped on the page.
  const keep = (index: number) => (range: Range) => {
    const shown = defaultRangeExtractor(range);
    return index < range.count && !shown.includes(index) ? [...shown, index].sort((a, b) => a - b) : shown;
  };
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is used as its docs say
  const rows = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    paddingStart: headerHeight,
    paddingEnd: footerHeight,
    scrollPaddingStart: headerHeight,
    scrollPaddingEnd: footerHeight,
    overscan: 6,
    rangeExtractor: keep(active.row),
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => columns[i]?.width ?? 40,
    paddingStart: rowHeaderWidth,
    scrollPaddingStart: rowHeaderWidth,
    overscan: 4,
    rangeExtractor: keep(active.col),
  });

  const widths = columns.map((c) => c.width).join(',');
  useLayoutEffect(() => {
    cols.measure();
  }, [widths, cols]);
  useLayoutEffect(() => {
    rows.scrollToOffset(0);
    setPointed(null);
  }, [resetKey, rows]);

  useLayoutEffect(() => {
    if (!focusAfterMove.current) return;
    focusAfterMove.current = false;
    scrollRef.current
      ?.querySelector<HTMLElement>(`[data-cell="${String(active.row)}:${String(active.col)}"]`)
      ?.focus({ preventScroll: true });
  }, [active.row, active.col]);

  const columnItems = cols.getVirtualItems();
  const totalWidth = cols.getTotalSize();
  const bodyHeight = rowCount * rowHeight;
  const view: ColumnsInView = {
    items: columnItems,
    start: (i) => cols.measurementsCache[i]?.start ?? rowHeaderWidth,
    width: totalWidth,
  };

  // The tooltip sits outside the grid (a grid holds only rows), placed over it in the view's coordinates.
  const point = useCallback(
    (at: GridPosition) => {
      const scroller = scrollRef.current;
      if (!scroller) return;
      const rowTop = headerHeight + at.row * rowHeight - scroller.scrollTop;
      const colStart = (cols.measurementsCache[at.col]?.start ?? rowHeaderWidth) - scroller.scrollLeft;
      // Below the cell, or above it in the lower half of the view, and never past the right edge.
      const below = rowTop < scroller.clientHeight / 2;
      const maxLeft = scroller.clientWidth - TOOLTIP_WIDTH - 8;
      setPointed({
        ...at,
        below,
        top: below ? rowTop + rowHeight + 2 : rowTop - 2,
        left: Math.max(rowHeaderWidth, Math.min(colStart, maxLeft)),
      });
    },
    [cols, headerHeight, rowHeight, rowHeaderWidth],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const at = (event.target as HTMLElement).dataset.cell;
    if (at === undefined || event.altKey) return;
    const scroller = scrollRef.current;
    const page = scroller ? Math.floor((scroller.clientHeight - headerHeight - footerHeight) / rowHeight) : 10;
    const action = gridKeyAction(event.key, { ctrl: event.ctrlKey || event.metaKey }, active, {
      rows: rowCount,
      cols: columns.length,
      page,
    });
    if (!action) return;
    event.preventDefault();
    usingKeys.current = true;
    if (action.kind === 'open') {
      onOpen(active);
      return;
    }
    focusAfterMove.current = true;
    setActive(action.to);
    rows.scrollToIndex(action.to.row);
    cols.scrollToIndex(action.to.col);
  };

  // The handlers reach the latest props and state through a ref, so they stay the same functions and rows
  // that did not change skip re-rendering.
  const latest = useRef({ onOpen, point });
  useLayoutEffect(() => {
    latest.current = { onOpen, point };
  });
  const handlers = useMemo<CellHandlers>(
    () => ({
      click: (row, col) => {
        setActive({ row, col });
        latest.current.onOpen({ row, col });
      },
      focus: (row, col) => {
        setActive({ row, col });
        latest.current.point({ row, col });
      },
      enter: (row, col) => {
        window.clearTimeout(hoverTimer.current);
        // Cells moving under a resting pointer (the grid scrolled by keys) are not the pointer's choice.
        if (usingKeys.current) return;
        hoverTimer.current = window.setTimeout(() => latest.current.point({ row, col }), HOVER_REST_MS);
      },
      leave: (row, col) => {
        window.clearTimeout(hoverTimer.current);
        // A cell that has the focus keeps its details shown; one only pointed at hides them.
        const focused = document.activeElement?.getAttribute('data-cell') === `${String(row)}:${String(col)}`;
        if (!focused) setPointed((p) => (p && p.row === row && p.col === col ? null : p));
      },
    }),
    [],
  );

  const tip = pointed ? tooltip(pointed) : null;
  return (
    <div style={gridStyles.frame}>
      <div
        ref={scrollRef}
        role="grid"
        aria-label={label}
        aria-rowcount={rowCount + headerRows + 1}
        aria-colcount={columns.length + 1}
        aria-busy={busy}
        style={gridStyles.scroller}
        onKeyDown={onKeyDown}
        onMouseMove={() => {
          usingKeys.current = false;
        }}
        onScroll={() => {
          if (pointed) point(pointed);
        }}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget)) setPointed(null);
        }}
        data-testid="matrix-grid"
      >
        <div style={{ position: 'relative', width: totalWidth, minHeight: '100%' }}>
          <div role="rowgroup" style={{ ...gridStyles.header, width: totalWidth, height: headerHeight }}>
            {header(view)}
          </div>
          <div role="rowgroup" style={{ position: 'relative', width: totalWidth, height: bodyHeight }}>
            {rows.getVirtualItems().map((item) => (
              <GridRow
                key={item.key}
                index={item.index}
                top={item.start - headerHeight}
                width={totalWidth}
                height={rowHeight}
                rowHeaderWidth={rowHeaderWidth}
                ariaRowIndex={item.index + headerRows + 1}
                testId={rowTestId}
                columns={columnItems}
                activeCol={item.index === active.row ? active.col : null}
                pointedCol={pointed?.row === item.index ? pointed.col : null}
                tooltipId={tooltipId}
                rowHeader={rowHeader}
                cell={cell}
                handlers={handlers}
              />
            ))}
          </div>
          <div role="rowgroup" style={{ ...gridStyles.footer, width: totalWidth, height: footerHeight }}>
            {footer(view, rowCount + headerRows + 1)}
          </div>
        </div>
      </div>
      {pointed && tip !== null && (
        <div
          id={tooltipId}
          role="tooltip"
          data-testid="matrix-cell-tooltip"
          style={{
            ...gridStyles.tooltip,
            width: TOOLTIP_WIDTH,
            top: pointed.top,
            left: pointed.left,
            transform: pointed.below ? undefined : 'translateY(-100%)',
          }}
        >
          {tip}
        </div>
      )}
    </div>
  );
}
