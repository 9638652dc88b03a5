import type { CallInput } from '../../../shared/api/contract';
import type { MatrixFormat } from '../../../shared/overview/exports';

/** What an export menu offers: the matrix (CSV, XLSX, PDF), the trainees list (CSV, XLSX) or the dashboard (PDF). */
export type ExportRequest =
  | { kind: 'matrix'; input: Omit<CallInput<'exports:matrix'>, 'format' | 'paperSize'> }
  | { kind: 'trainees'; input: Omit<CallInput<'exports:trainees'>, 'format'> }
  | { kind: 'dashboard'; input: Omit<CallInput<'reports:dashboard-pdf'>, 'paperSize'> };

/** The formats each kind of export is offered in, with the words the menu shows. */
export const FORMAT_LABELS: Record<MatrixFormat, string> = { csv: 'CSV', xlsx: 'Excel (XLSX)', pdf: 'PDF' };

export function formatsOf(kind: ExportRequest['kind']): MatrixFormat[] {
  if (kind === 'matrix') return ['csv', 'xlsx', 'pdf'];
  if (kind === 'trainees') return ['csv', 'xlsx'];
  return ['pdf'];
}
