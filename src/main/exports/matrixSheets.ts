import { LEVEL_LABELS, type LevelKey } from '../../shared/framework/levels';
import { shorten } from '../../shared/text/shorten';
import type { FrameworkMatrix, MatrixPerson, MatrixStatement, OverviewMatrix } from '../../shared/overview/matrix';
import { NOT_YET_EMERGING, PLAN_STATUS_LABELS, type PlanStatus } from '../../shared/progress/progressRules';
import type { ExportCell, ExportColumn, ExportSheet } from './exportTable';
import { shownCode } from '../../shared/framework/shownCode';

const withCode = (title: string, code: string | null) => (code === null ? title : `${title} (${code})`);

/** Who the row is: the same first columns in every export, the name first (it stays in view in Excel). */
export const PERSON_COLUMNS: ExportColumn[] = [
  { header: 'Trainee' },
  { header: 'Badge ID' },
  { header: 'Team' },
  { header: 'Site' },
  { header: 'Trainer' },
];

export function personCells(person: Omit<MatrixPerson, 'traineeId' | 'archived'>): ExportCell[] {
  return [person.fullName, person.employeeId, person.team, person.site, person.trainer];
}

export const attainedLabel = (attained: LevelKey | null): string =>
  attained === null ? NOT_YET_EMERGING : LEVEL_LABELS[attained];

export const statusCell = (status: PlanStatus): ExportCell => ({
  kind: 'status',
  status,
  text: PLAN_STATUS_LABELS[status],
});

const TOPIC_LENGTH = 40;

/** "E1 Safety and sanitation regulations": the level's letter, the checklist's number, the topic. */
export function statementHeader(statement: MatrixStatement): string {
  const words = statement.topic ?? statement.text;
  const short = shorten(words, TOPIC_LENGTH);
  return `${LEVEL_LABELS[statement.level].charAt(0)}${String(statement.position)} ${short}`;
}

/** One framework's matrix: the plan's figures, a ✓ per statement achieved, then each level's count. */
export function frameworkMatrixSheet(matrix: FrameworkMatrix, name: string): ExportSheet {
  const columns: ExportColumn[] = [
    ...PERSON_COLUMNS,
    { header: 'Target level' },
    { header: 'Target date' },
    { header: 'Attained' },
    { header: 'Progress %' },
    { header: 'Status' },
    ...matrix.statements.map((s) => ({ header: statementHeader(s), narrow: true })),
    ...matrix.levels.map((level) => ({ header: `${level.label} achieved` })),
  ];
  const rows = matrix.rows.map((row): ExportCell[] => [
    ...personCells(row),
    LEVEL_LABELS[row.targetLevel],
    row.targetDate === null ? null : { kind: 'date', date: row.targetDate },
    attainedLabel(row.attained),
    row.toTarget.percent,
    statusCell(row.status),
    ...matrix.statements.map((_, i): ExportCell => ({ kind: 'tick', achieved: row.achieved.charCodeAt(i) === 49 })),
    ...row.levels.map((l): ExportCell => ({ kind: 'fraction', achieved: l.achieved, total: l.total })),
  ]);
  return { name, columns, rows };
}

/**
 * The overview: one column per framework, the attained level against the target and the status in one
 * cell ("Developing / target Proficient — On track"), as the window shows it; the workbook's framework
 * sheets carry the detail.
 */
export function overviewSheet(matrix: OverviewMatrix, name: string): ExportSheet {
  const columns: ExportColumn[] = [
    ...PERSON_COLUMNS,
    ...matrix.frameworks.map((f) => ({ header: withCode(f.title, shownCode({ soc: f.soc })) })),
  ];
  const rows = matrix.rows.map((row): ExportCell[] => [
    ...personCells(row),
    ...row.cells.map((cell): ExportCell => {
      if (!cell) return null;
      const text = `${attainedLabel(cell.attained)} / target ${LEVEL_LABELS[cell.targetLevel]} — ${PLAN_STATUS_LABELS[cell.status]}`;
      return { kind: 'status', status: cell.status, text };
    }),
  ]);
  return { name, columns, rows };
}
