import { Button, Card, FileButton, Group, Modal, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { DataSummary } from '../../../shared/api/contract';
import { leftOutSentence, setAsideSentence } from '../../../shared/backups/leftOut';
import { plural } from '../../../shared/text/plural';
import { call, errorMessage } from '../api/client';
import { readUtf8File } from '../platform/readUtf8File';
import { saveDataFile } from '../platform/savePdf';
import { useReadOnly } from '../layout/useReadOnly';

function describe(s: DataSummary): string {
  return [
    plural(s.trainees, 'trainee'),
    plural(s.plans, 'plan'),
    plural(s.checkoffs, 'check-off'),
    plural(s.importedFrameworks, 'imported framework'),
  ].join(', ');
}

interface Pending {
  fileName: string;
  text: string;
  incoming: DataSummary;
  current: DataSummary;
}

/** The whole data set as one file: out for safekeeping or another computer, in to replace everything. */
export function DataTransferCard() {
  const locked = useReadOnly().controls;
  const client = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  // The browser fires no change for the file already chosen: clear the input so a fixed file can be chosen again.
  const resetPicker = useRef<() => void>(null);

  const exportAll = async (): Promise<void> => {
    try {
      const file = await call('data:export', {});
      const outcome = await saveDataFile({ fileName: file.fileName, bytes: new TextEncoder().encode(file.text) });
      if (outcome.saved)
        notifications.show({
          color: file.leftOut.length > 0 ? 'orange' : 'teal',
          title: file.leftOut.length > 0 ? 'Data exported, some trainees left out' : 'Data exported',
          message:
            `${describe(file.summary)} saved to ${outcome.location ?? 'the chosen folder'}. ${leftOutSentence(file.leftOut)}`.trim(),
          autoClose: file.leftOut.length > 0 ? false : undefined,
        });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not exported', message: errorMessage(error) });
    }
  };

  const choose = async (file: File | null): Promise<void> => {
    if (!file) return;
    resetPicker.current?.();
    try {
      const text = await readUtf8File(file);
      const check = await call('data:check-import', { fileName: file.name, text });
      setPending({ fileName: file.name, text, ...check });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not imported', message: errorMessage(error), autoClose: 10_000 });
    }
  };

  const confirm = async (): Promise<void> => {
    if (!pending) return;
    setBusy(true);
    try {
      const result = await call('data:import', { fileName: pending.fileName, text: pending.text });
      notifications.show({
        color: 'teal',
        title: 'Data imported',
        message: `${describe(result.imported)}. Your previous records were backed up first.${setAsideSentence(result.setAside)}`,
      });
      setPending(null);
      void client.invalidateQueries();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not imported', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder maw={720} data-testid="data-transfer-card">
      <Title order={3} size="h4" mb="xs">
        Export and import all data
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        One file with every trainee, plan, check-off, history event and imported framework. Importing replaces all
        records here (after a backup); it never merges.
      </Text>
      <Group>
        <Button variant="default" onClick={() => void exportAll()}>
          Export all data…
        </Button>
        <FileButton resetRef={resetPicker} onChange={(f) => void choose(f)} accept=".jsonl,.json,application/json">
          {(props) => (
            <Button variant="default" {...props} {...locked}>
              Import data…
            </Button>
          )}
        </FileButton>
      </Group>
      <Modal opened={pending !== null} onClose={() => setPending(null)} title="Replace all records?" centered>
        {pending && (
          <>
            <Text size="sm">
              “{pending.fileName}” holds {describe(pending.incoming)}. It will replace everything here now (
              {describe(pending.current)}). Your current records are backed up first.
            </Text>
            <Group justify="flex-end" mt="lg">
              <Button variant="default" onClick={() => setPending(null)} data-autofocus>
                Cancel
              </Button>
              <Button color="red" loading={busy} onClick={() => void confirm()}>
                Replace all records
              </Button>
            </Group>
          </>
        )}
      </Modal>
    </Card>
  );
}
