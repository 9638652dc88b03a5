import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError, type FieldProblem } from '../../../shared/api/errors';
import { fileTooLargeMessage, MAX_FRAMEWORK_FILE_BYTES } from '../../../shared/framework/limits';
import { plural } from '../../../shared/text/plural';
import { useImportFramework } from '../api/frameworkQueries';
import { readUtf8File } from '../platform/readUtf8File';

export interface ImportProblem {
  message: string;
  problems: FieldProblem[];
}

/** Reads picked or dropped files and imports them one by one, collecting every problem to show in full. */
export function useFrameworkImport() {
  const importFramework = useImportFramework();
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [busy, setBusy] = useState(false);

  async function importFiles(files: readonly File[]): Promise<void> {
    setBusy(true);
    const failures: ImportProblem[] = [];
    for (const file of files) {
      if (file.size > MAX_FRAMEWORK_FILE_BYTES) {
        failures.push({ message: fileTooLargeMessage(file.name, file.size), problems: [] });
        continue;
      }
      try {
        const summary = await importFramework.mutateAsync({ fileName: file.name, text: await readUtf8File(file) });
        notifications.show({
          color: 'teal',
          title: 'Framework imported',
          message: `${summary.title} (${summary.soc}), version ${summary.version}: ${plural(summary.statementCount, 'statement')}.`,
        });
      } catch (error) {
        failures.push(
          error instanceof ApiError
            ? { message: error.message, problems: error.fields }
            : { message: `“${file.name}” could not be read.`, problems: [] },
        );
      }
    }
    setProblems(failures);
    setBusy(false);
  }

  return { importFiles, problems, busy, dismiss: () => setProblems([]) };
}
