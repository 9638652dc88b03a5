import { readDate, slashOrderOf } from '../../shared/roster/readDate';
import type {
  ColumnTarget,
  DateOrder,
  FieldChange,
  RosterColumn,
  RosterPreviewRow,
} from '../../shared/roster/rosterImport';
import type { TraineeFieldsInput } from '../../shared/trainees/traineeFields';
import { cellText } from './rosterColumns';
import type { PlanCells, RowPlan } from './rosterPlanPart';
import type { TableRow } from './readTable';

/** A row's cells as read, per field of ours, before the form's rules check them. */
export type Field = keyof TraineeFieldsInput;

/** Where a column's cell problems are told, and which of our fields they leave unchecked by the form's rules. */
export const FIELD_OF: Record<Exclude<ColumnTarget, 'ignore'>, Field | null> = {
  fullName: 'fullName',
  firstName: 'fullName',
  lastName: 'fullName',
  employeeId: 'employeeId',
  team: 'team',
  site: 'site',
  trainer: 'trainer',
  startDate: 'startDate',
  notes: 'notes',
  framework: null,
  targetLevel: null,
  targetDate: null,
};

interface CellProblem {
  target: Exclude<ColumnTarget, 'ignore'>;
  message: string;
}

/** The row's cells gathered per field; several columns on one field are joined, first and last names too. */
export function rawFields(
  row: TableRow,
  columns: RosterColumn[],
): Record<Field, string> & PlanCells & { dateCell: boolean; cellProblems: CellProblem[] } {
  const parts: Partial<Record<string, string[]>> = {};
  let dateCell = false;
  const cellProblems: CellProblem[] = [];
  columns.forEach((column, i) => {
    const cell = row.cells[i];
    if (column.target === 'ignore' || cell === undefined) return;
    // A cell that cannot be read gives nothing to the field: the row is refused with the cell's own reason.
    if (typeof cell !== 'string' && 'problem' in cell) {
      cellProblems.push({ target: column.target, message: cell.problem });
      return;
    }
    if (column.target === 'startDate' && typeof cell !== 'string') dateCell = true;
    const text = cellText(cell).trim();
    if (text !== '') (parts[column.target] ??= []).push(text);
  });
  const joined = (key: string, glue = ' ') => (parts[key] ?? []).join(glue);
  const fullName = joined('fullName') || [joined('firstName'), joined('lastName')].filter(Boolean).join(' ');
  return {
    fullName,
    employeeId: joined('employeeId'),
    team: joined('team'),
    site: joined('site'),
    trainer: joined('trainer'),
    startDate: joined('startDate'),
    notes: joined('notes', '\n'),
    framework: joined('framework'),
    targetLevel: joined('targetLevel'),
    targetDate: joined('targetDate'),
    dateCell,
    cellProblems,
  };
}

export function shownRow(
  row: number,
  action: RosterPreviewRow['action'],
  f: Record<Field, string | null>,
  changes: FieldChange[],
  plan: RowPlan,
): RosterPreviewRow {
  const s = (v: string | null) => v ?? '';
  return {
    changes,
    plan: plan.shown,
    planNote: plan.note,
    row,
    action,
    fullName: s(f.fullName),
    employeeId: s(f.employeeId),
    team: s(f.team),
    site: s(f.site),
    trainer: s(f.trainer),
    startDate: s(f.startDate),
    notes: s(f.notes),
  };
}

/** Columns of dates: both are read in the same order, which the preview asks for when a file leaves it open. */
export const DATE_TARGETS = new Set<ColumnTarget>(['startDate', 'targetDate']);

export function dateOrderOf(columns: RosterColumn[], rows: TableRow[], chosen: DateOrder | undefined) {
  const dateCells = rows.flatMap((r) =>
    columns.flatMap((c, i) => (DATE_TARGETS.has(c.target) && typeof r.cells[i] === 'string' ? [r.cells[i]] : [])),
  );
  const found = slashOrderOf(dateCells);
  const anySlash = dateCells.some(
    (c) => readDate(c, 'dmy')?.shape === 'slash' || readDate(c, 'mdy')?.shape === 'slash',
  );
  const asked = anySlash && (found === null || found === 'mixed');
  const order: DateOrder = chosen ?? (found === 'dmy' || found === 'mdy' ? found : 'dmy');
  return { asked, order };
}
