import { Alert, Modal, Progress, Stack, Text } from '@mantine/core';
import { useReadOnly } from '../layout/useReadOnly';
import { RosterFilePicker } from './RosterFilePicker';
import { RosterPreviewStep } from './RosterPreviewStep';
import { RosterSummary } from './RosterSummary';
import { useRosterImport } from './useRosterImport';

/** The roster import wizard: choose a file → preview and mapping → import with progress → summary. */
export function RosterImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const locked = useReadOnly().controls;
  const { state, busy, error, chooseFile, change, runImport, reset } = useRosterImport();
  const importing = state.step === 'importing';
  const close = () => {
    if (importing) return;
    reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Import people from a file"
      size={state.step === 'preview' ? '90%' : 'lg'}
      closeOnClickOutside={false}
      closeOnEscape={!importing}
      withCloseButton={!importing}
    >
      <Stack data-testid="roster-import">
        {error && (
          <Alert color="red" title="The file was not imported" role="alert" data-testid="roster-error">
            {error}
          </Alert>
        )}
        {state.step === 'choose' && <RosterFilePicker busy={busy} onFile={(file) => void chooseFile(file)} />}
        {state.step === 'preview' && (
          <RosterPreviewStep
            fileName={state.file.fileName}
            preview={state.preview}
            encoding={state.choices.encoding}
            busy={busy}
            locked={locked}
            onChange={change}
            onImport={(existing) => void runImport(existing)}
            onBack={reset}
          />
        )}
        {importing && (
          <Stack gap="xs">
            <Text size="sm">
              Checking and saving the people from “{state.file.fileName}”:{' '}
              {state.total > 0 ? Math.floor((100 * state.done) / state.total) : 0}% done…
            </Text>
            <Progress
              value={state.total > 0 ? (100 * state.done) / state.total : 0}
              animated
              aria-label="Import progress"
            />
          </Stack>
        )}
        {state.step === 'summary' && <RosterSummary result={state.result} onDone={close} />}
      </Stack>
    </Modal>
  );
}
