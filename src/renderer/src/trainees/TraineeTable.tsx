import { Checkbox, Skeleton, Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useEffectEvent, useLayoutEffect, useRef } from 'react';
import type { SortDirection, SortKey } from '../../../shared/trainees/traineeFilter';
import type { TraineeRow } from '../../../shared/trainees/traineeViews';
import type { RowRange } from './useTraineePages';
import { PlanLine, rowHeight, TraineeCells, WIDE_ONLY } from './TraineeRowCells';

/** The ticked rows, and what ticking does; the list has no boxes without it. */
export interface TableSelection {
  ids: ReadonlySet<string>;
  /** A row's box was clicked, with or without Shift. */
  onRow: (index: number, shift: boolean) => void;
  /** The header box: every trainee the filters match (on), or none (off). */
  onAll: (on: boolean) => void;
}

export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

/**
 * `skeleton`: the width of a loading row's bar, near what the column usually holds, so columns keep their widths.
 * `wide`: shown only from Mantine's `lg` breakpoint (1200 px); below it team and trainer move under the name
 * and last activity is left out, so the list fits a 1024 px window without scrolling sideways.
 */
const COLUMNS: { label: string; key?: SortKey; width: number; skeleton: number; wide?: true }[] = [
  { label: 'Name', key: 'name', width: 180, skeleton: 130 },
  { label: 'Team', key: 'team', width: 110, skeleton: 70, wide: true },
  { label: 'Trainer', key: 'trainer', width: 120, skeleton: 70, wide: true },
  { label: 'Attained → target', width: 230, skeleton: 200 },
  { label: 'Progress to target', key: 'progress', width: 120, skeleton: 105 },
  { label: 'Status', key: 'status', width: 110, skeleton: 80 },
  { label: 'Next target date', key: 'nextTargetDate', width: 110, skeleton: 80 },
  { label: 'Last activity', key: 'lastActivity', width: 110, skeleton: 75, wide: true },
];

/** Where a column below the breakpoint is hidden (cells and header alike). */
const shownFor = (column: (typeof COLUMNS)[number]) => (column.wide ? WIDE_ONLY : {});

function SortHeader({
  column,
  sort,
  onSort,
}: {
  column: (typeof COLUMNS)[number];
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const { key } = column;
  if (!key)
    return (
      <Table.Th w={column.width} {...shownFor(column)}>
        {column.label}
      </Table.Th>
    );
  const active = sort.key === key;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <Table.Th aria-sort={ariaSort} w={column.width} {...shownFor(column)}>
      <UnstyledButton
        fw={700}
        fz="sm"
        onClick={() => onSort({ key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}
      >
        {column.label} {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}

/** Drawn where a row's page has not arrived yet: the height of a one-plan row, so little moves when it does. */
function LoadingCells({ selectable }: { selectable: boolean }) {
  const cells = COLUMNS.map((column, i) => (
    <Table.Td key={column.label} {...shownFor(column)}>
      <PlanLine>
        {i === 0 && <VisuallyHidden>Loading…</VisuallyHidden>}
        <Skeleton height={12} width={column.skeleton} />
      </PlanLine>
    </Table.Td>
  ));
  return selectable ? [<Table.Td key="select" />, ...cells] : cells;
}

function SelectCell({ row, index, selection }: { row: TraineeRow; index: number; selection: TableSelection }) {
  return (
    <Table.Td w={36}>
      <Checkbox
        aria-label={`Select ${row.fullName}`}
        checked={selection.ids.has(row.id)}
        // The click carries Shift (a range); a change event does not say.
        onChange={(e) => selection.onRow(index, e.nativeEvent instanceof MouseEvent && e.nativeEvent.shiftKey)}
      />
    </Table.Td>
  );
}

/**
 * Only the rows in view are in the page, so the list stays quick with thousands of trainees; `rowAt` gives
 * the rows loaded so far and the rest are drawn as placeholders until their page arrives.
 */
export function TraineeTable({
  total,
  rowAt,
  busy,
  sort,
  onSort,
  viewKey,
  onRowsInView,
  selection,
}: {
  /** Rows matching the filters. */
  total: number;
  rowAt: (index: number) => TraineeRow | undefined;
  /** The rows drawn are not yet the answer to the current filters. */
  busy: boolean;
  sort: Sort;
  onSort: (sort: Sort) => void;
  /** Changes when the filters or the sort change: the list then starts again at the top. */
  viewKey: string;
  onRowsInView: (rows: RowRange) => void;
  selection?: TableSelection;
}) {
  const columnCount = COLUMNS.length + (selection ? 1 : 0);
  const allSelected = selection !== undefined && total > 0 && selection.ids.size >= total;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is used as its docs say
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => rowHeight(rowAt(index)),
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  useLayoutEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [viewKey, virtualizer]);

  // Told only when the drawn rows change, not on every render: right after the filters change the rows
  // drawn are still those of the old scroll position, and asking for their pages would be wasted.
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const tellRowsInView = useEffectEvent((rows: RowRange) => onRowsInView(rows));
  useEffect(() => tellRowsInView({ first, last }), [first, last]);

  return (
    <div
      ref={scrollRef}
      // Fills what the page leaves below the filters; the page fills the window (see AppLayout).
      style={{ flex: 1, minHeight: 200, overflow: 'auto' }}
      data-testid="trainee-table-scroll"
    >
      <Table
        stickyHeader
        highlightOnHover
        verticalSpacing={6}
        data-testid="trainee-table"
        aria-rowcount={total + 1}
        aria-busy={busy}
      >
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={36}>
                <Checkbox
                  aria-label="Select all shown"
                  title="Select all shown"
                  checked={allSelected}
                  indeterminate={!allSelected && selection.ids.size > 0}
                  onChange={(e) => selection.onAll(e.currentTarget.checked)}
                />
              </Table.Th>
            )}
            {COLUMNS.map((column) => (
              <SortHeader key={column.label} column={column} sort={sort} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before > 0 && (
            <tr aria-hidden>
              <td colSpan={columnCount} style={{ height: before, padding: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rowAt(item.index);
            return (
              <Table.Tr
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                data-testid={row ? 'trainee-row' : 'trainee-row-loading'}
                aria-rowindex={item.index + 2}
              >
                {row && selection && <SelectCell row={row} index={item.index} selection={selection} />}
                {row ? <TraineeCells row={row} /> : <LoadingCells selectable={selection !== undefined} />}
              </Table.Tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden>
              <td colSpan={columnCount} style={{ height: after, padding: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
