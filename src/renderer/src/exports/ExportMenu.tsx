import { Button } from '@mantine/core';
import type { CallInput } from '../../../shared/api/contract';

/** What an export menu offers: the matrix (CSV, XLSX, PDF), the trainees list (CSV, XLSX) or the dashboard (PDF). */
export type ExportRequest =
  | { kind: 'matrix'; input: Omit<CallInput<'exports:matrix'>, 'format' | 'paperSize'> }
  | { kind: 'trainees'; input: Omit<CallInput<'exports:trainees'>, 'format'> }
  | { kind: 'dashboard'; input: Omit<CallInput<'reports:dashboard-pdf'>, 'paperSize'> };

/** An "Export" button with a menu of formats; saves through the platform (dialog or download) and says where. */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a placeholder until the export menu is built
export function ExportMenu(_props: { request: ExportRequest }) {
  return (
    <Button variant="default" disabled>
      Export
    </Button>
  );
}
