import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { SavedFiles } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { MatrixFormat } from '../../../shared/overview/exports';
import type { PaperSize } from '../../../shared/settings/settings';
import { plural } from '../../../shared/text/plural';
import { call, errorMessage } from '../api/client';
import { saveExportFile, savePdf } from '../platform/savePdf';
import type { ExportRequest } from './exportRequest';

/** Mantine's close button has no name of its own; a screen reader says this one. */
const CLOSE = { 'aria-label': 'Dismiss' };

/** Where the file went, in words: "“Trainees - 2026-11-30.csv” (12 trainees) was saved to your downloads." */
function savedMessage(outcome: SavedFiles, rows: number | null): string {
  const name = outcome.fileNames[0] ?? 'The file';
  const what = rows === null ? `“${name}”` : `“${name}” (${plural(rows, 'trainee')})`;
  return `${what} was saved to ${outcome.location ?? 'the chosen folder'}.`;
}

interface MadeFile {
  save: () => Promise<SavedFiles>;
  /** Trainees in the file, or null for the dashboard summary. */
  rows: number | null;
}

/** Makes the file in the main process (its report worker); saving it is a step of its own. */
async function makeFile(request: ExportRequest, format: MatrixFormat, paperSize: PaperSize): Promise<MadeFile> {
  if (request.kind === 'dashboard') {
    const pdf = await call('reports:dashboard-pdf', { ...request.input, paperSize });
    return { save: () => savePdf({ fileName: pdf.fileName, bytes: pdf.bytes }), rows: null };
  }
  if (request.kind === 'matrix') {
    const file = await call('exports:matrix', { ...request.input, format, paperSize });
    return { save: () => saveExportFile(file), rows: file.rowCount };
  }
  if (format === 'pdf') throw new ApiError('unsupported', 'The trainees list is saved as CSV or Excel.');
  const file = await call('exports:trainees', { ...request.input, format });
  return { save: () => saveExportFile(file), rows: file.rowCount };
}

/**
 * One export at a time: which format is being made (for the button's busy state), and a cancel that
 * stops the file being made in the main process and lets the trainer go on at once. A file that arrives
 * after its cancel is dropped, never saved.
 */
export function useExportFile(request: ExportRequest, paperSize: PaperSize) {
  const [making, setMaking] = useState<MatrixFormat | null>(null);
  // Which run is the current one: a cancel moves it on, so a late answer knows it is not wanted.
  const current = useRef(0);
  const isCurrent = (run: number): boolean => current.current === run;

  async function run(format: MatrixFormat): Promise<void> {
    const mine = (current.current += 1);
    setMaking(format);
    try {
      const made = await makeFile(request, format, paperSize);
      if (!isCurrent(mine)) return;
      const outcome = await made.save();
      // Closing the save dialog without choosing is the trainer's own choice: nothing to say.
      if (outcome.saved)
        notifications.show({
          color: 'teal',
          title: 'Export saved',
          message: savedMessage(outcome, made.rows),
          closeButtonProps: CLOSE,
        });
    } catch (error) {
      if (isCurrent(mine))
        notifications.show({
          color: 'red',
          title: 'Export not made',
          message: errorMessage(error),
          autoClose: 10_000,
          closeButtonProps: CLOSE,
        });
    } finally {
      if (isCurrent(mine)) setMaking(null);
    }
  }

  return {
    making,
    run,
    cancel: () => {
      current.current += 1;
      setMaking(null);
      notifications.show({ color: 'gray', message: 'Export cancelled. Nothing was saved.', closeButtonProps: CLOSE });
      void call('reports:cancel', {}).catch(() => undefined);
    },
  };
}
