import { Alert, Button, FileButton, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import { errorMessage } from '../api/client';
import { useFrameworks } from '../api/frameworkQueries';
import { FrameworkTable } from '../frameworks/FrameworkTable';
import { ImportProblems } from '../frameworks/ImportProblems';
import { RemoveFrameworkDialog } from '../frameworks/RemoveFrameworkDialog';
import { SourcePreviewDialog } from '../frameworks/SourcePreviewDialog';
import { TemplateDownload } from '../frameworks/TemplateDownload';
import { useFrameworkImport } from '../frameworks/useFrameworkImport';
import { useReadOnly } from '../layout/useReadOnly';

// Files with another or no MIME type are still read: the importer then says what is wrong with them.
const FRAMEWORK_TYPES = {
  'application/json': ['.json'],
  'text/csv': ['.csv'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};

export function FrameworksPage() {
  const locked = useReadOnly().controls;
  const frameworks = useFrameworks();
  const navigate = useNavigate();
  const { importFiles, problems, busy, dismiss, preview, chooseLevels, confirm, cancel } = useFrameworkImport();
  const [removing, setRemoving] = useState<FrameworkSummary | null>(null);
  // The browser fires no change for the file already chosen: clear the input so a fixed file can be chosen again.
  const resetPicker = useRef<() => void>(null);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Frameworks</Title>
          <Text c="dimmed" size="sm">
            The competency frameworks trainees can be assessed against. Import a framework file, a spreadsheet (see the
            template), a CASE package or a Moodle competency framework export with the button, or drop it on this page.
            Or write your own with New framework.
          </Text>
        </div>
        <Group gap="xs">
          <Button
            variant="default"
            onClick={() => void navigate('/frameworks/new')}
            data-testid="new-framework"
            {...locked}
          >
            New framework
          </Button>
          <TemplateDownload />
          <FileButton
            resetRef={resetPicker}
            onChange={(files) => {
              void importFiles(files);
              resetPicker.current?.();
            }}
            accept=".json,.csv,.xlsx,application/json,text/csv"
            multiple
          >
            {(props) => (
              <Button {...props} loading={busy} data-testid="import-framework" {...locked}>
                Import framework…
              </Button>
            )}
          </FileButton>
        </Group>
      </Group>

      <ImportProblems problems={problems} onClose={dismiss} />

      {frameworks.isPending && <Loader aria-label="Loading frameworks" />}
      {frameworks.isError && (
        <Alert color="red" title="The library could not be loaded">
          {errorMessage(frameworks.error)}
        </Alert>
      )}
      {frameworks.data && <FrameworkTable frameworks={frameworks.data} onRemove={setRemoving} />}

      <Dropzone.FullScreen
        accept={FRAMEWORK_TYPES}
        onDrop={(files) => void importFiles(files)}
        onReject={(rejected) => void importFiles(rejected.map((r) => r.file))}
      >
        <Stack align="center" justify="center" mih={240} style={{ pointerEvents: 'none' }}>
          <Title order={3}>Drop the framework file to import it</Title>
          <Text c="dimmed">
            A framework file (.json), a spreadsheet (.xlsx or .csv), a CASE package or a Moodle CSV
          </Text>
        </Stack>
      </Dropzone.FullScreen>

      <SourcePreviewDialog
        pending={preview}
        locked={locked}
        onChooseLevels={chooseLevels}
        onConfirm={confirm}
        onCancel={cancel}
      />

      <RemoveFrameworkDialog framework={removing} onClose={() => setRemoving(null)} />
    </Stack>
  );
}
