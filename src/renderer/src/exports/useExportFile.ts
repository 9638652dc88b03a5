import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { SavedFiles } from '../../../shared/api/contract';
import type { ExportFile, MatrixFormat } from '../../../shared/overview/exports';
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

/** Makes the file in the main process (its report worker), then saves it through the platform and says where. */
async function makeAndSave(request: ExportRequest, format: MatrixFormat, paperSize: PaperSize) {
  if (request.kind === 'dashboard') {
    const pdf = await call('reports:dashboard-pdf', { ...request.input, paperSize });
    return { outcome: await savePdf({ fileName: pdf.fileName, bytes: pdf.bytes }), rows: null };
  }
  let file: ExportFile;
  if (request.kind === 'matrix') file = await call('exports:matrix', { ...request.input, format, paperSize });
  else if (format === 'pdf') throw new Error('The trainees list is exported as CSV or Excel only.');
  else file = await call('exports:trainees', { ...request.input, format });
  return { outcome: await saveExportFile(file), rows: file.rowCount };
}

/**
 * One export at a time: which format is being made (for the button's loading state), and a cancel that
 * stops the file being made in the main process instead of letting it finish for nobody.
 */
export function useExportFile(request: ExportRequest, paperSize: PaperSize) {
  const [making, setMaking] = useState<MatrixFormat | null>(null);
  const cancelled = useRef(false);
  // A function, read when called: Cancel may have been pressed while the file was being made.
  const isCancelled = (): boolean => cancelled.current;

  async function run(format: MatrixFormat): Promise<void> {
    cancelled.current = false;
    setMaking(format);
    try {
      const { outcome, rows } = await makeAndSave(request, format, paperSize);
      if (isCancelled()) return;
      // Closing the save dialog without choosing is the trainer's own choice: nothing to say.
      if (outcome.saved)
        notifications.show({
          color: 'teal',
          title: 'Export saved',
          message: savedMessage(outcome, rows),
          closeButtonProps: CLOSE,
        });
    } catch (error) {
      if (isCancelled())
        notifications.show({ color: 'gray', message: 'Export cancelled. Nothing was saved.', closeButtonProps: CLOSE });
      else
        notifications.show({
          color: 'red',
          title: 'Export not made',
          message: errorMessage(error),
          autoClose: 10_000,
          closeButtonProps: CLOSE,
        });
    } finally {
      setMaking(null);
    }
  }

  return {
    making,
    run,
    cancel: () => {
      cancelled.current = true;
      void call('reports:cancel', {}).catch(() => undefined);
    },
  };
}
