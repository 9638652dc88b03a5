import { Alert, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useReadOnly } from '../layout/useReadOnly';
import { RosterFilePicker } from './RosterFilePicker';
import { useLeaveGuard } from '../layout/useLeaveGuard';
import { RosterLeaveQuestion } from './RosterLeaveQuestion';
import { RosterPreviewStep } from './RosterPreviewStep';
import { RosterSummary } from './RosterSummary';
import { RosterWorking } from './RosterWorking';
import { useRosterImport } from './useRosterImport';

/** The roster import wizard: choose a file → preview and mapping → import with progress → summary. */
export function RosterImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const locked = useReadOnly().controls;
  const { state, busy, error, notice, reading, unsaved, chooseFile, change, runImport, cancel, reset } =
    useRosterImport();
  const [asking, setAsking] = useState(false);
  // Back, the sidebar (from the keyboard), a reload or closing the window ask too.
  useLeaveGuard(opened && unsaved);
  const importing = state.step === 'importing';
  const close = () => {
    if (importing) return;
    setAsking(false);
    reset();
    onClose();
  };
  // Esc or × with changed columns asks first; Esc again (or "Keep importing") goes back to the preview.
  const askToClose = () => {
    if (importing) return;
    if (unsaved) setAsking((now) => !now);
    else close();
  };
  return (
    <Modal
      opened={opened}
      onClose={askToClose}
      title="Import people from a file"
      size={state.step === 'preview' ? '90%' : 'lg'}
      closeOnClickOutside={false}
      closeOnEscape={!importing}
      withCloseButton={!importing}
    >
      <Stack data-testid="roster-import">
        {asking && unsaved && <RosterLeaveQuestion onStay={() => setAsking(false)} onLeave={close} />}
        {/* Hidden, not unmounted, while the question shows: going back finds the preview as it was. */}
        <Stack display={asking && unsaved ? 'none' : undefined}>
          {error && (
            <Alert color="red" title="The file was not imported" role="alert" data-testid="roster-error">
              {error}
            </Alert>
          )}
          {notice && (
            <Text size="sm" c="dimmed" data-testid="roster-notice">
              {notice}
            </Text>
          )}
          {reading?.progress && (
            <RosterWorking
              fileName={reading.fileName}
              progress={reading.progress}
              importing={false}
              onCancel={() => void cancel()}
            />
          )}
          {state.step === 'choose' && !reading?.progress && (
            <RosterFilePicker busy={busy} onFile={(file) => void chooseFile(file)} />
          )}
          {state.step === 'preview' && (
            <RosterPreviewStep
              fileName={state.file.fileName}
              preview={state.preview}
              encoding={state.choices.encoding}
              accepted={state.choices.acceptFileSpelling}
              busy={busy}
              locked={locked}
              onChange={change}
              onImport={(existing) => void runImport(existing)}
              onBack={reset}
            />
          )}
          {importing && (
            <RosterWorking
              fileName={state.file.fileName}
              progress={state.progress}
              importing
              onCancel={() => void cancel()}
            />
          )}
          {state.step === 'summary' && <RosterSummary result={state.result} onDone={close} />}
        </Stack>
      </Stack>
    </Modal>
  );
}
