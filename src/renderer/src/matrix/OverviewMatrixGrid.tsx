import { ActionIcon, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { LEVEL_LABELS } from '../../../shared/framework/levels';
import type { MatrixSort, OverviewCell, OverviewMatrix } from '../../../shared/overview/matrix';
import {
  attainedLabel,
  paceWords,
  PLAN_STATUS_LABELS,
  progressAgainstPace,
} from '../../../shared/progress/progressRules';
import { STATUS_COLORS } from '../components/StatusBadge';
import { gridStyles } from './gridStyles';
import { RowName } from './RowName';
import { heatStep } from '../../../shared/matrix/heatScale';
import { traineePlanPath } from './matrixLinks';
import { ColumnSortButton, NameSortButton } from './SortButtons';
import { VirtualGrid, type ColumnsInView } from './VirtualGrid';
import { shownCode } from '../../../shared/framework/shownCode';

const withCode = (title: string, code: string | null) => (code === null ? title : `${title} (${code})`);

const ROW_HEIGHT = 48;
const HEADER_HEIGHT = 52;
const FOOTER_HEIGHT = 48;
const NAME_WIDTH = 220;
const COLUMN_WIDTH = 200;

/** The same light fill and text colour as the status badges elsewhere in the app. */
export function statusStyle(status: OverviewCell['status']) {
  const colour = STATUS_COLORS[status];
  return {
    background: `var(--mantine-color-${colour}-light)`,
    color: `var(--mantine-color-${colour}-light-color)`,
  };
}

export function cellWords(cell: OverviewCell): string {
  return `${attainedLabel(cell.attained)}, target ${LEVEL_LABELS[cell.targetLevel]}, ${paceWords(cell.toTarget.percent, cell.expectedPercent)}, ${PLAN_STATUS_LABELS[cell.status]}`;
}

/** Trainees × the frameworks they have plans on: the level each has attained against the target. */
export function OverviewMatrixGrid({
  matrix,
  sort,
  onSort,
  busy,
  resetKey,
  onOpenFramework,
}: {
  matrix: OverviewMatrix;
  sort: MatrixSort;
  onSort: (sort: MatrixSort) => void;
  busy: boolean;
  resetKey: string;
  /** Shows one framework's statements: the framework view. */
  onOpenFramework: (frameworkId: string) => void;
}) {
  const navigate = useNavigate();
  const columns = matrix.frameworks.map((f) => ({ key: f.id, width: COLUMN_WIDTH }));
  const coverage = new Map(matrix.coverage.map((c) => [c.frameworkId, c]));

  const header = (view: ColumnsInView) => (
    <div role="row" aria-rowindex={1} style={{ position: 'relative', height: '100%', width: view.width }}>
      <div
        role="columnheader"
        aria-colindex={1}
        aria-sort={sort.key === 'name' ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
        style={{ ...gridStyles.corner, width: NAME_WIDTH, height: '100%' }}
      >
        <NameSortButton sort={sort} onSort={onSort} />
      </div>
      {view.items.map((item) => {
        const framework = matrix.frameworks[item.index];
        if (!framework) return null;
        return (
          <ColumnSortButton
            key={framework.id}
            colIndex={item.index + 2}
            style={{ ...gridStyles.edgeCell, top: 0, left: item.start, width: item.size, height: HEADER_HEIGHT }}
            label={framework.title}
            description={framework.title}
            tooltip={withCode(framework.title, shownCode({ soc: framework.soc }))}
            column={framework.id}
            sort={sort}
            onSort={onSort}
            lines={2}
            extra={
              <ActionIcon
                variant="subtle"
                color="dark"
                size="sm"
                mr={4}
                aria-label={`Show ${framework.title} statement by statement`}
                title="Show this framework statement by statement"
                onClick={() => onOpenFramework(framework.id)}
              >
                <span aria-hidden>▦</span>
              </ActionIcon>
            }
          />
        );
      })}
    </div>
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
          Plans at target
        </Text>
        <Text size="xs" c="dimmed">
          and at least each level
        </Text>
      </div>
      {view.items.map((item) => {
        const framework = matrix.frameworks[item.index];
        const counts = framework ? coverage.get(framework.id) : undefined;
        if (!framework || !counts) return null;
        const levels = counts.atLeast.map((l) => `${LEVEL_LABELS[l.key].charAt(0)} ${String(l.plans)}`).join(' · ');
        const words = counts.atLeast.map((l) => `${String(l.plans)} at least ${LEVEL_LABELS[l.key]}`).join(', ');
        return (
          <div
            key={framework.id}
            role="gridcell"
            aria-colindex={item.index + 2}
            aria-label={`${framework.title}: ${String(counts.met)} of ${String(counts.plans)} plans at target; ${words}`}
            data-testid={`coverage-${framework.id}`}
            style={{
              ...gridStyles.edgeCell,
              top: 0,
              left: item.start,
              width: item.size,
              height: '100%',
              flexDirection: 'column',
              ...heatStep(counts.met, counts.plans),
            }}
          >
            <Text size="xs" fw={700} aria-hidden>
              {counts.met}/{counts.plans} at target
            </Text>
            <Text size="xs" aria-hidden title={words}>
              {levels}
            </Text>
          </div>
        );
      })}
    </div>
  );

  return (
    <VirtualGrid
      label="Skills overview: trainees by framework"
      rowCount={matrix.rows.length}
      columns={columns}
      rowHeight={ROW_HEIGHT}
      rowHeaderWidth={NAME_WIDTH}
      headerHeight={HEADER_HEIGHT}
      headerRows={1}
      footerHeight={FOOTER_HEIGHT}
      busy={busy}
      resetKey={resetKey}
      header={header}
      rowTestId="matrix-row"
      rowHeader={(r) => {
        const row = matrix.rows[r];
        if (!row) return null;
        return (
          <RowName name={row.fullName} to={traineePlanPath(row.traineeId, null)} details={[row.team, row.trainer]} />
        );
      }}
      cell={(r, c, base) => {
        const row = matrix.rows[r];
        const framework = matrix.frameworks[c];
        if (!row || !framework) return null;
        const cell = row.cells[c] ?? null;
        if (cell === null)
          return (
            <div key={framework.id} {...base} aria-label={`${framework.title}: no plan`} data-status="none">
              <Text size="xs" c="dimmed" aria-hidden>
                no plan
              </Text>
            </div>
          );
        return (
          <div
            key={framework.id}
            {...base}
            aria-label={`${framework.title}: ${cellWords(cell)}`}
            data-status={cell.status}
            data-testid="overview-cell"
            style={{ ...base.style, ...statusStyle(cell.status), flexDirection: 'column', lineHeight: 1.2 }}
          >
            {/* Progress first: "Not yet Emerging" reads the same at 5 % and at 45 %. */}
            <Text size="sm" fw={700} aria-hidden data-testid="overview-cell-progress">
              {progressAgainstPace(cell.toTarget.percent, cell.expectedPercent)}
            </Text>
            <Text size="xs" aria-hidden lineClamp={1}>
              {attainedLabel(cell.attained)} → {LEVEL_LABELS[cell.targetLevel]}
            </Text>
          </div>
        );
      }}
      footer={footer}
      onOpen={({ row: r, col: c }) => {
        const row = matrix.rows[r];
        if (row) void navigate(traineePlanPath(row.traineeId, row.cells[c]?.planId ?? null));
      }}
      tooltip={({ row: r, col: c }) => {
        const row = matrix.rows[r];
        const framework = matrix.frameworks[c];
        if (!row || !framework) return null;
        const cell = row.cells[c] ?? null;
        return (
          <>
            <Text size="sm" fw={600}>
              {framework.title}
            </Text>
            <Text size="sm">
              {cell === null
                ? `${row.fullName} has no plan on this framework.`
                : `${cellWords(cell)} · ${String(cell.toTarget.percent)}% of the way to target`}
            </Text>
          </>
        );
      }}
    />
  );
}
