import { isMadeUpCode } from '../../shared/framework/shownCode';
import { LEVEL_LABELS } from '../../shared/framework/levels';
import type { TraineeRow } from '../../shared/trainees/traineeViews';
import type { ExportCell, ExportColumn, ExportSheet } from './exportTable';
import { attainedLabel, PERSON_COLUMNS, personCells, statusCell } from './matrixSheets';

const dateCell = (date: string | null): ExportCell => (date === null ? null : { kind: 'date', date });

/**
 * The trainees list, one row per plan (a trainee with three plans has three rows, the person repeated
 * on each, so a spreadsheet filter or pivot by framework or status just works); a trainee without a
 * plan has one row with the plan's columns empty. Rows in the list's order.
 */
export function traineesSheet(rows: readonly TraineeRow[], includeArchived: boolean, name: string): ExportSheet {
  const columns: ExportColumn[] = [
    ...PERSON_COLUMNS,
    { header: 'Framework' },
    { header: 'SOC' },
    { header: 'Target level' },
    { header: 'Target date' },
    { header: 'Attained' },
    { header: 'Progress %' },
    { header: 'Status' },
    { header: 'Next target date' },
    { header: 'Last activity' },
    ...(includeArchived ? [{ header: 'Archived' }] : []),
  ];
  const cells: ExportCell[][] = [];
  for (const row of rows) {
    const person = personCells(row);
    const after = [
      dateCell(row.nextTargetDate),
      dateCell(row.lastActivity),
      ...(includeArchived ? [row.archived ? 'Archived' : ''] : []),
    ];
    if (row.plans.length === 0) cells.push([...person, null, null, null, null, null, null, null, ...after]);
    for (const plan of row.plans) {
      cells.push([
        ...person,
        plan.frameworkTitle,
        // A made-up code is Trainplan's bookkeeping, not a SOC code: the cell stays empty.
        isMadeUpCode(plan.soc) ? '' : plan.soc,
        LEVEL_LABELS[plan.targetLevel],
        dateCell(plan.targetDate),
        attainedLabel(plan.attained),
        plan.toTarget.percent,
        statusCell(plan.status),
        ...after,
      ]);
    }
  }
  return { name, columns, rows: cells };
}
