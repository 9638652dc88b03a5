import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, type FieldProblem } from '../../../shared/api/errors';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import type { LevelKey } from '../../../shared/framework/levels';
import { formatBytes } from '../../../shared/framework/limits';
import { MAX_SOURCE_FILE_BYTES, type FrameworkPreview } from '../../../shared/framework/sources/sourcePreview';
import { plural } from '../../../shared/text/plural';
import { call } from '../api/client';
import { frameworkKeys } from '../api/frameworkQueries';

export interface ImportProblem {
  message: string;
  problems: FieldProblem[];
}

/** A file read for import, waiting in the preview for the trainer's word. */
export interface PendingSource {
  fileName: string;
  bytes: Uint8Array;
  preview: FrameworkPreview;
  levels?: LevelKey[];
}

function problemOf(error: unknown, fileName: string): ImportProblem {
  return error instanceof ApiError
    ? { message: error.message, problems: error.fields }
    : { message: `“${fileName}” could not be read.`, problems: [] };
}

/**
 * Reads picked or dropped files. Our own framework files go straight into the library, as before; a
 * spreadsheet, CASE package or Moodle CSV is shown in a preview first, one at a time, and joins the
 * library only when the trainer confirms what they see.
 */
export function useFrameworkImport() {
  const client = useQueryClient();
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [pending, setPending] = useState<PendingSource[]>([]);
  const [busy, setBusy] = useState(false);

  const announce = (summary: FrameworkSummary) =>
    notifications.show({
      color: 'teal',
      title: 'Framework imported',
      message: `${summary.title}${summary.code === null ? '' : ` (${summary.code})`}, version ${summary.version}: ${plural(summary.statementCount, 'statement')}.`,
    });

  async function importFiles(files: readonly File[]): Promise<void> {
    setBusy(true);
    const failures: ImportProblem[] = [];
    const previews: PendingSource[] = [];
    for (const file of files) {
      if (file.size > MAX_SOURCE_FILE_BYTES) {
        failures.push({
          message: `“${file.name}” is too large to be a framework file (${formatBytes(file.size)}; the limit is 5 MB).`,
          problems: [],
        });
        continue;
      }
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const preview = await call('frameworks:preview', { fileName: file.name, bytes });
        if (preview.format === 'trainplan') {
          announce(await call('frameworks:import-source', { fileName: file.name, bytes }));
          await client.invalidateQueries({ queryKey: frameworkKeys.all });
        } else {
          previews.push({ fileName: file.name, bytes, preview });
        }
      } catch (error) {
        failures.push(problemOf(error, file.name));
      }
    }
    setProblems(failures);
    setPending(previews);
    setBusy(false);
  }

  /** Reads the file again with a level chosen for each top group. */
  async function chooseLevels(levels: LevelKey[]): Promise<void> {
    const current = pending[0];
    if (!current) return;
    const preview = await call('frameworks:preview', { fileName: current.fileName, bytes: current.bytes, levels });
    setPending((list) => [{ ...current, preview, levels }, ...list.slice(1)]);
  }

  async function confirm(): Promise<void> {
    const current = pending[0];
    if (!current) return;
    const { fileName, bytes, levels } = current;
    announce(await call('frameworks:import-source', { fileName, bytes, levels }));
    await client.invalidateQueries({ queryKey: frameworkKeys.all });
    setPending((list) => list.slice(1));
  }

  return {
    importFiles,
    problems,
    busy,
    dismiss: () => setProblems([]),
    preview: pending[0] ?? null,
    chooseLevels,
    confirm,
    cancel: () => setPending((list) => list.slice(1)),
  };
}
