import { Button, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { levelRank, LEVEL_LABELS, type LevelKey } from '../../../shared/framework/levels';
import type { FrameworkMatrix, FrameworkMatrixRow, MatrixSort } from '../../../shared/overview/matrix';
import { achievedIn, layoutColumns, type MatrixColumn } from '../../../shared/matrix/columnLayout';
import { CellDetail } from './CellDetail';
import { ColumnSortButton, NameSortButton } from './SortButtons';
import { gridStyles } from './gridStyles';
import { RowName } from './RowName';
import { heatStep } from '../../../shared/matrix/heatScale';
import { traineePlanPath } from './matrixLinks';
import { VirtualGrid, type ColumnsInView, type GridColumn } from './VirtualGrid';

const ROW_HEIGHT = 40;
const GROUP_HEIGHT = 34;
const COLUMN_HEIGHT = 30;
const FOOTER_HEIGHT = 32;
const NAME_WIDTH = 230;

/** The row's target level is underlined in every column of that level (the legend says so). */
export const TARGET_MARK = 'inset 0 -4px 0 var(--mantine-color-orange-7)';
export const TICKED = { background: 'var(--mantine-color-teal-1)', color: 'var(--mantine-color-teal-9)' };

function columnText(column: MatrixColumn): string {
  return column.kind === 'statement'
    ? `${column.label} ${column.statement.topic ?? column.statement.text}`
    : `${column.label} (all statements)`;
}

function levelCounts(row: FrameworkMatrixRow, level: LevelKey) {
  return row.levels.find((l) => l.key === level) ?? { key: level, achieved: 0, total: 0 };
}

/** The statement a collapsed level's cell opens: the first one still to do, or the first of the level. */
function statementToOpen(matrix: FrameworkMatrix, row: FrameworkMatrixRow, level: LevelKey): string | null {
  const ids = matrix.levels.find((l) => l.key === level)?.statementIds ?? [];
  const indexOf = new Map(matrix.statements.map((s, i) => [s.id, i]));
  return ids.find((id) => row.achieved.charCodeAt(indexOf.get(id) ?? -1) !== 49) ?? ids[0] ?? null;
}

/** Trainees × one framework's statements, level by level; a collapsed level is one heat cell per trainee. */
export function FrameworkMatrixGrid({
  matrix,
  collapsed,
  onToggleLevel,
  sort,
  onSort,
  busy,
  resetKey,
}: {
  matrix: FrameworkMatrix;
  collapsed: LevelKey[];
  onToggleLevel: (level: LevelKey) => void;
  sort: MatrixSort;
  onSort: (sort: MatrixSort) => void;
  busy: boolean;
  resetKey: string;
}) {
  const navigate = useNavigate();
  const { columns, groups } = layoutColumns(matrix.levels, matrix.statements, collapsed);
  const gridColumns: GridColumn[] = columns.map((c) => ({ key: c.key, width: c.width }));
  const shown = matrix.rows.length;
  const levelHolders = new Map(matrix.coverage.levels.map((l) => [l.key, l.holders]));

  const open = (rowIndex: number, colIndex: number): void => {
    const row = matrix.rows[rowIndex];
    const column = columns[colIndex];
    if (!row || !column) return;
    const statement = column.kind === 'statement' ? column.key : statementToOpen(matrix, row, column.level);
    void navigate(traineePlanPath(row.traineeId, row.planId, statement));
  };

  const header = (view: ColumnsInView) => (
    <>
      <div role="row" aria-rowindex={1} style={{ position: 'absolute', top: 0, left: 0, width: view.width }}>
        <div
          role="columnheader"
          aria-rowspan={2}
          aria-colindex={1}
          aria-sort={sort.key === 'name' ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
          style={{ ...gridStyles.corner, width: NAME_WIDTH, height: GROUP_HEIGHT + COLUMN_HEIGHT }}
        >
          <NameSortButton sort={sort} onSort={onSort} />
        </div>
        {groups.map((group) => {
          const holders = levelHolders.get(group.level) ?? 0;
          const width = columns.slice(group.first, group.first + group.count).reduce((sum, c) => sum + c.width, 0);
          return (
            <div
              key={group.level}
              role="columnheader"
              aria-colindex={group.first + 2}
              aria-colspan={group.count}
              data-testid={`matrix-level-${group.level}`}
              style={{
                ...gridStyles.edgeCell,
                top: 0,
                left: view.start(group.first),
                width,
                height: GROUP_HEIGHT,
                justifyContent: 'flex-start',
                // Clipped, not hidden: a hidden overflow would become the sticky label's scroll container.
                overflow: 'clip',
                borderBottom: '1px solid var(--mantine-color-gray-3)',
              }}
            >
              {/* The level's name stays in view while its columns scroll under the name column. */}
              <div style={{ position: 'sticky', left: NAME_WIDTH, display: 'flex', gap: 6, padding: '0 6px' }}>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="dark"
                  aria-expanded={!group.collapsed}
                  onClick={() => onToggleLevel(group.level)}
                  title={
                    group.collapsed ? `Show each statement of ${group.label}` : `Fold ${group.label} into one column`
                  }
                  leftSection={<span aria-hidden>{group.collapsed ? '▸' : '▾'}</span>}
                >
                  {group.label}
                </Button>
                {!group.collapsed && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap', alignSelf: 'center' }}>
                    whole level: {holders}/{shown}
                  </Text>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <div
        role="row"
        aria-rowindex={2}
        style={{ position: 'absolute', top: GROUP_HEIGHT, left: 0, width: view.width, height: COLUMN_HEIGHT }}
      >
        {view.items.map((item) => {
          const column = columns[item.index];
          if (!column) return null;
          return (
            <ColumnSortButton
              key={column.key}
              colIndex={item.index + 2}
              style={{ ...gridStyles.edgeCell, top: 0, left: item.start, width: item.size, height: COLUMN_HEIGHT }}
              label={column.kind === 'statement' ? column.label : 'All'}
              description={columnText(column)}
              tooltip={
                column.kind === 'statement'
                  ? (column.statement.topic ?? column.statement.text)
                  : `${column.label}: statements achieved`
              }
              column={column.key}
              sort={sort}
              onSort={onSort}
            />
          );
        })}
      </div>
    </>
  );

  const footer = (view: ColumnsInView, ariaRowIndex: number) => (
    <div
      role="row"
      aria-rowindex={ariaRowIndex}
      data-testid="matrix-coverage"
      style={{ position: 'relative', height: '100%' }}
    >
      <div role="rowheader" aria-colindex={1} style={{ ...gridStyles.corner, width: NAME_WIDTH, height: '100%' }}>
        <Text size="xs" fw={600}>
          Who holds it (of {shown})
        </Text>
      </div>
      {view.items.map((item) => {
        const column = columns[item.index];
        if (!column) return null;
        const holders =
          column.kind === 'statement'
            ? (matrix.coverage.statements[column.index] ?? 0)
            : (levelHolders.get(column.level) ?? 0);
        const heat = heatStep(holders, shown);
        const text = column.kind === 'statement' ? String(holders) : `${String(holders)}/${String(shown)}`;
        return (
          <div
            key={column.key}
            role="gridcell"
            aria-colindex={item.index + 2}
            aria-label={`${columnText(column)}: ${String(holders)} of ${String(shown)} hold it`}
            data-testid={`coverage-${column.key}`}
            style={{ ...gridStyles.edgeCell, top: 0, left: item.start, width: item.size, height: '100%', ...heat }}
          >
            <Text size="xs" fw={600} aria-hidden>
              {text}
            </Text>
          </div>
        );
      })}
    </div>
  );

  return (
    <VirtualGrid
      label={`Skills matrix: ${matrix.framework.title}`}
      rowCount={shown}
      columns={gridColumns}
      rowHeight={ROW_HEIGHT}
      rowHeaderWidth={NAME_WIDTH}
      headerHeight={GROUP_HEIGHT + COLUMN_HEIGHT}
      headerRows={2}
      footerHeight={FOOTER_HEIGHT}
      busy={busy}
      resetKey={resetKey}
      header={header}
      rowTestId="matrix-row"
      rowHeader={(r) => {
        const row = matrix.rows[r];
        if (!row) return null;
        return (
          <RowName
            name={row.fullName}
            to={traineePlanPath(row.traineeId, row.planId)}
            details={[row.team, `target ${LEVEL_LABELS[row.targetLevel]}`]}
          />
        );
      }}
      cell={(r, c, base) => {
        const row = matrix.rows[r];
        const column = columns[c];
        if (!row || !column) return null;
        const inTarget = levelRank(column.level) <= levelRank(row.targetLevel);
        const mark = column.level === row.targetLevel ? { boxShadow: TARGET_MARK } : {};
        if (column.kind === 'level') {
          const { achieved, total } = levelCounts(row, column.level);
          return (
            <div
              key={column.key}
              {...base}
              aria-label={`${column.label}: ${String(achieved)} of ${String(total)} achieved`}
              style={{ ...base.style, ...heatStep(achieved, total), ...mark }}
            >
              <Text size="xs" fw={600} aria-hidden>
                {achieved}/{total}
              </Text>
            </div>
          );
        }
        const ticked = achievedIn(row.achieved, column);
        return (
          <div
            key={column.key}
            {...base}
            aria-label={`${columnText(column)}: ${ticked ? 'achieved' : 'not yet achieved'}`}
            data-achieved={ticked ? 'true' : 'false'}
            style={{
              ...base.style,
              ...(ticked ? TICKED : inTarget ? {} : { background: 'var(--mantine-color-gray-0)' }),
              ...mark,
            }}
          >
            {ticked && (
              <span aria-hidden style={{ fontWeight: 700 }}>
                ✓
              </span>
            )}
          </div>
        );
      }}
      footer={footer}
      onOpen={({ row, col }) => open(row, col)}
      tooltip={({ row: r, col: c }) => {
        const row = matrix.rows[r];
        const column = columns[c];
        if (!row || !column) return null;
        if (column.kind === 'level') {
          const { achieved, total } = levelCounts(row, column.level);
          return `${row.fullName}: ${column.label}, ${String(achieved)} of ${String(total)} achieved`;
        }
        return (
          <CellDetail
            title={columnText(column)}
            cell={
              achievedIn(row.achieved, column)
                ? { traineeId: row.traineeId, planId: row.planId, statementId: column.key }
                : null
            }
          />
        );
      }}
    />
  );
}
