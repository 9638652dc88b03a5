import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupSummary } from '../../../shared/api/contract';
import { BACKUP_KIND_LABELS } from '../../../shared/backups/backupKinds';
import { leftOutSentence, namesLeftOut, setAsideSentence } from '../../../shared/backups/leftOut';
import { formatDateTime } from '../../../shared/dates';
import { formatBytes } from '../../../shared/framework/limits';
import { plural } from '../../../shared/text/plural';
import { call, errorMessage } from '../api/client';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { BACKUP_WARNING_KEY } from '../api/traineeQueries';
import { useReadOnly } from '../layout/useReadOnly';

/** The rolling backups in the data folder: see them, make one now, restore one, delete one to free space. */
export function BackupsCard() {
  const locked = useReadOnly().controls;
  const client = useQueryClient();
  const backups = useQuery({ queryKey: ['backups'], queryFn: () => call('backups:list', {}) });
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  const [deleting, setDeleting] = useState<BackupSummary | null>(null);
  const create = useMutation({
    mutationFn: () => call('backups:create', {}),
    onSuccess: (made) =>
      notifications.show({
        color: made.leftOut.length > 0 ? 'orange' : 'teal',
        message: `Backup made: ${plural(made.traineeCount, 'trainee')}. ${leftOutSentence(made.leftOut)}`.trim(),
        autoClose: made.leftOut.length > 0 ? false : undefined,
      }),
    onError: (error) => notifications.show({ color: 'red', title: 'No backup made', message: errorMessage(error) }),
    onSettled: () => {
      // A backup that holds everyone again clears the banner about the last one.
      void client.invalidateQueries({ queryKey: BACKUP_WARNING_KEY });
      return client.invalidateQueries({ queryKey: ['backups'] });
    },
  });
  const restore = useMutation({
    mutationFn: (fileName: string) => call('backups:restore', { fileName }),
    onSuccess: (result) => {
      notifications.show({
        color: 'teal',
        title: 'Backup restored',
        message: `Your records before the restore were backed up first.${setAsideSentence(result.setAside)}`,
        autoClose: result.setAside ? false : undefined,
      });
      setRestoring(null);
      void client.invalidateQueries();
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Not restored', message: errorMessage(error) }),
  });
  const remove = useMutation({
    mutationFn: (fileName: string) => call('backups:delete', { fileName }),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: 'Backup deleted.' });
      setDeleting(null);
    },
    onError: (error) => notifications.show({ color: 'red', title: 'Not deleted', message: errorMessage(error) }),
    onSettled: () => client.invalidateQueries({ queryKey: ['backups'] }),
  });
  return (
    <Card withBorder maw={720} data-testid="backups-card">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          Backups
        </Title>
        <Button
          size="compact-sm"
          variant="default"
          loading={create.isPending}
          onClick={() => create.mutate()}
          {...locked}
        >
          Make a backup now
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        Made when Trainplan starts and at most hourly while you work; the last 10 and one a day for 30 days are kept.
      </Text>
      {backups.data && backups.data.length === 0 && <Text size="sm">No backups yet.</Text>}
      {backups.data && backups.data.length > 0 && (
        <Table data-testid="backups-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Made</Table.Th>
              <Table.Th>Why</Table.Th>
              <Table.Th>Trainees</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {backups.data.map((b) => (
              <Table.Tr key={b.fileName} data-testid="backup-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(b.createdAt)}</Table.Td>
                <Table.Td data-testid="backup-kind">{BACKUP_KIND_LABELS[b.kind]}</Table.Td>
                <Table.Td>
                  {b.traineeCount}
                  {b.leftOut.length > 0 && (
                    <Text size="xs" c="orange.8" data-testid="backup-left-out">
                      Left out: {namesLeftOut(b.leftOut, 3)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(b.sizeBytes)}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" onClick={() => setRestoring(b)} {...locked}>
                      Restore…
                    </Button>
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDeleting(b)} {...locked}>
                      Delete…
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ConfirmDialog
        opened={restoring !== null}
        title="Restore this backup?"
        confirmLabel="Restore"
        busy={restore.isPending}
        onClose={() => setRestoring(null)}
        onConfirm={() => restoring && restore.mutate(restoring.fileName)}
      >
        Your records will be replaced by the backup from {restoring ? formatDateTime(restoring.createdAt) : ''} (
        {restoring ? plural(restoring.traineeCount, 'trainee') : ''}). The records as they are now are backed up first,
        so this can be undone.
      </ConfirmDialog>
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this backup?"
        confirmLabel="Delete"
        busy={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting.fileName)}
      >
        The backup from {deleting ? formatDateTime(deleting.createdAt) : ''} (
        {deleting ? plural(deleting.traineeCount, 'trainee') : ''}, {deleting ? formatBytes(deleting.sizeBytes) : ''})
        will be deleted for good, freeing its space on the disk. Your records and the other backups are not touched.
      </ConfirmDialog>
    </Card>
  );
}
