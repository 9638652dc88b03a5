import type { TableCell } from 'pdfmake/interfaces';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../../shared/progress/progressRules';

/**
 * Each plan status's fill in the reports, behind its word (never instead of it: the word is what
 * tells the statuses apart on a grey printer and to a colour-blind reader). Light tints, so the
 * word stays as readable as on white. One entry per status, in the order the summary lists them,
 * so a new status is one line here, and the typecheck asks for that line.
 */
export const STATUS_FILLS: Record<PlanStatus, string> = {
  overdue: '#ffc9c9',
  behind: '#ffd8a8',
  due_soon: '#ffec99',
  on_track: '#d0ebff',
  no_date: '#e9ecef',
  met: '#b2f2bb',
};

/** The statuses in the order the summary lists them: most urgent first. */
export const STATUS_ORDER = Object.keys(STATUS_FILLS) as PlanStatus[];

/** A status as a table cell: its word on its colour. */
export function statusCell(status: PlanStatus): TableCell {
  return { text: PLAN_STATUS_LABELS[status], fillColor: STATUS_FILLS[status] };
}
