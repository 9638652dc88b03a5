import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import type { SavedFiles } from '../../../shared/api/contract';
import type { PaperSize } from '../../../shared/settings/settings';
import type { CohortReportOptions, PdfFile } from '../../../shared/reports/reportOptions';
import type { TraineeFilter } from '../../../shared/trainees/traineeFilter';
import { call, errorMessage } from '../api/client';
import { savePdfs } from '../platform/savePdf';

export interface ExportProgress {
  label: string;
  done: number;
  total: number;
}

export interface IndividualOptions {
  planIds: string[] | null;
  includeNotes: boolean;
  outstandingOnly: boolean;
  includeAboveTarget: boolean;
  paperSize: PaperSize;
}

class Cancelled extends Error {}

/** Counts the files actually written, and says why some names differ from the trainees' names. */
function savedMessage(outcome: SavedFiles): string {
  const count = outcome.fileNames.length;
  const saved = `${count} ${count === 1 ? 'report was' : 'reports were'} saved to ${outcome.location ?? 'the chosen folder'}.`;
  if (outcome.renamed === 0) return saved;
  return `${saved} ${outcome.renamed} got a number added to the name (“Ana Silva (2).pdf”), because a file of that name was there already or two trainees share a name.`;
}

/**
 * Runs report exports: one trainee at a time so progress is real and Cancel takes effect between
 * reports; a single report or a joined file ends in the preview.
 */
export function useReportExport() {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [preview, setPreview] = useState<PdfFile | null>(null);
  const cancelled = useRef(false);

  // A function, read when called: Cancel may have been pressed while a call was awaited.
  const isCancelled = (): boolean => cancelled.current;
  const checkCancelled = (): void => {
    if (isCancelled()) throw new Cancelled();
  };

  async function run(task: () => Promise<void>): Promise<void> {
    cancelled.current = false;
    try {
      await task();
    } catch (error) {
      // Cancel also stops the report in the main process, whose call then fails: that is the cancel, not a fault.
      if (error instanceof Cancelled || isCancelled())
        notifications.show({ color: 'gray', message: 'Export cancelled. Nothing was saved.' });
      else
        notifications.show({
          color: 'red',
          title: 'Report not created',
          message: errorMessage(error),
          autoClose: 10_000,
        });
    } finally {
      setProgress(null);
    }
  }

  const exportTrainees = (trainees: { id: string; fullName: string }[], options: IndividualOptions, oneFile: boolean) =>
    run(async () => {
      const files: PdfFile[] = [];
      for (const [index, trainee] of trainees.entries()) {
        setProgress({
          label: `Preparing report ${index + 1} of ${trainees.length}: ${trainee.fullName}`,
          done: index,
          total: trainees.length,
        });
        const file = await call('reports:trainee-pdf', { traineeId: trainee.id, ...options });
        checkCancelled();
        files.push(file);
      }
      const [only] = files;
      if (files.length === 1 && only) {
        setPreview(only);
      } else if (oneFile) {
        setProgress({ label: `Putting ${files.length} reports in one file…`, done: files.length, total: files.length });
        const date = new Date().toISOString().slice(0, 10);
        const joined = await call('reports:combine', {
          fileName: `Progress reports - ${files.length} trainees - ${date}`,
          files: files.map((f) => f.bytes),
        });
        checkCancelled();
        setPreview(joined);
      } else {
        const outcome = await savePdfs(files);
        if (outcome.saved)
          notifications.show({ color: 'teal', title: 'Reports saved', message: savedMessage(outcome) });
      }
    });

  const exportCohort = (
    filter: TraineeFilter,
    paperSize: PaperSize,
    extra: Pick<CohortReportOptions, 'statuses' | 'order'> = {},
  ) =>
    run(async () => {
      setProgress({ label: 'Preparing the cohort progression report…', done: 0, total: 1 });
      // The report is made in slices of rows; ask how far it is while waiting.
      const watch = setInterval(() => {
        void call('reports:progress', {})
          .then((now) => {
            if (now && !cancelled.current) {
              setProgress({
                label: `Making the cohort progression report: part ${String(now.done + 1 > now.total ? now.total : now.done + 1)} of ${String(now.total)}…`,
                done: now.done,
                total: now.total,
              });
            }
          })
          .catch(() => undefined);
      }, 400);
      const file = await call('reports:cohort-pdf', { filter, paperSize, ...extra }).finally(() =>
        clearInterval(watch),
      );
      checkCancelled();
      setPreview(file);
    });

  return {
    progress,
    preview,
    closePreview: () => setPreview(null),
    cancel: () => {
      cancelled.current = true;
      setProgress(null);
      // The report being made stops too, instead of finishing for nobody.
      void call('reports:cancel', {}).catch(() => undefined);
    },
    exportTrainees,
    exportCohort,
  };
}
