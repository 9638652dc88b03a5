import { Tooltip, UnstyledButton } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import type { MatrixSort } from '../../../shared/overview/matrix';
import { sortByColumn } from '../../../shared/matrix/matrixParams';

function arrow(direction: MatrixSort['direction']): string {
  return direction === 'asc' ? '▲' : '▼';
}

function ariaSort(active: boolean, sort: MatrixSort): 'ascending' | 'descending' | undefined {
  if (!active) return undefined;
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

/** The "Trainee" corner: sorts by name, A to Z first. */
export function NameSortButton({ sort, onSort }: { sort: MatrixSort; onSort: (sort: MatrixSort) => void }) {
  const active = sort.key === 'name';
  return (
    <UnstyledButton
      fw={700}
      fz="sm"
      onClick={() =>
        onSort({ key: 'name', column: null, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })
      }
    >
      Trainee {active ? arrow(sort.direction) : ''}
    </UnstyledButton>
  );
}

/** A column's header: its short label, the full words as a tooltip; a click sorts the rows by the column. */
export function ColumnSortButton({
  colIndex,
  style,
  label,
  description,
  tooltip,
  column,
  sort,
  onSort,
  lines = 1,
  extra = null,
}: {
  colIndex: number;
  style: CSSProperties;
  label: string;
  /** The column in words, for screen readers. */
  description: string;
  tooltip: string;
  column: string;
  sort: MatrixSort;
  onSort: (sort: MatrixSort) => void;
  lines?: number;
  /** Another control of the column, beside its sort button. */
  extra?: ReactNode;
}) {
  const active = sort.key === 'column' && sort.column === column;
  return (
    <div role="columnheader" aria-colindex={colIndex} aria-sort={ariaSort(active, sort)} style={style}>
      <Tooltip label={tooltip} openDelay={150} multiline maw={320} withinPortal>
        <UnstyledButton
          fz="xs"
          fw={700}
          aria-label={`${description}. Sort by this column`}
          onClick={() => onSort(sortByColumn(sort, column))}
          data-testid={`matrix-column-${column}`}
          style={{
            flex: 1,
            minWidth: 0,
            padding: '0 4px',
            textAlign: 'center',
            overflow: 'hidden',
            display: '-webkit-box',
            WebkitLineClamp: lines,
            WebkitBoxOrient: 'vertical',
            lineHeight: 1.25,
            // Exactly `lines` lines: the clamp's ellipsis, and nothing of the next line showing below it.
            maxHeight: `${String(lines * 1.25)}em`,
          }}
        >
          {label}
          {active ? ` ${arrow(sort.direction)}` : ''}
        </UnstyledButton>
      </Tooltip>
      {extra}
    </div>
  );
}
