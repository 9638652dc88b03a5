import { Alert, Button, Card, Code, Container, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { RecoveryInfo } from '../../../shared/api/contract';
import { BACKUP_KIND_LABELS } from '../../../shared/backups/backupKinds';
import { formatDateTime } from '../../../shared/dates';
import { call, errorMessage } from '../api/client';

/** Shown instead of the app when the data file could not be used at start-up. */
export function RecoveryScreen({ recovery }: { recovery: RecoveryInfo }) {
  const client = useQueryClient();
  const [stopped, setStopped] = useState(false);
  const done = { onSuccess: () => client.invalidateQueries() };
  const restore = useMutation({ mutationFn: (fileName: string) => call('recovery:restore', { fileName }), ...done });
  const startEmpty = useMutation({ mutationFn: () => call('recovery:start-empty', {}), ...done });
  const quit = useMutation({ mutationFn: () => call('recovery:quit', {}), onSuccess: () => setStopped(true) });
  const error = restore.error ?? startEmpty.error ?? quit.error;
  const [newest, ...older] = recovery.backups;

  if (stopped) {
    return (
      <Container size="sm" py="xl">
        <Title order={2}>Trainplan has stopped</Title>
        <Text mt="sm">
          You can close this window. Your records and the file that was moved aside are as they were, and Trainplan will
          ask again the next time it starts.
        </Text>
      </Container>
    );
  }
  if (recovery.kind === 'newer_version') {
    return (
      <Container size="md" py="xl" data-testid="recovery-screen">
        <Stack>
          <Title order={2}>Update Trainplan to open these records</Title>
          <Alert color="blue" title="Written by a newer Trainplan">
            Trainplan could not open these records: {recovery.problem} Nothing was moved or changed: the records stay as
            they are for the computers that already run the newer version.
          </Alert>
          {error && (
            <Alert color="red" role="alert">
              {errorMessage(error)}
            </Alert>
          )}
          <Group>
            <Button loading={quit.isPending} onClick={() => quit.mutate()}>
              Quit Trainplan
            </Button>
          </Group>
        </Stack>
      </Container>
    );
  }
  return (
    <Container size="md" py="xl" data-testid="recovery-screen">
      <Stack>
        <Title order={2}>Your records need attention</Title>
        <Alert color="orange" title="The data file could not be used">
          Trainplan could not open its data file: {recovery.problem}{' '}
          {recovery.movedTo ? (
            <>
              It has been moved to <Code>{recovery.movedTo}</Code>; nothing in it was changed or deleted.
            </>
          ) : (
            'Nothing was changed or deleted.'
          )}{' '}
          Choose how to go on.
        </Alert>
        {error && (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        )}
        {recovery.foundRecords.length > 0 && (
          <Card withBorder data-testid="recovery-found-records">
            <Title order={3} size="h4" mb="xs">
              Open records found in the data folder
            </Title>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Folder</Table.Th>
                  <Table.Th>Last saved</Table.Th>
                  <Table.Th>Trainees</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {recovery.foundRecords.map((found) => (
                  <Table.Tr key={found.folder} data-testid="recovery-found">
                    <Table.Td>
                      <Code>{found.folder}</Code>
                    </Table.Td>
                    <Table.Td>{formatDateTime(found.savedAt)}</Table.Td>
                    <Table.Td>{found.traineeCount}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        loading={restore.isPending && restore.variables === found.folder}
                        onClick={() => restore.mutate(found.folder)}
                      >
                        Open these records
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        )}
        <Card withBorder>
          <Title order={3} size="h4" mb="xs">
            Restore a backup
          </Title>
          {newest ? (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Made</Table.Th>
                  <Table.Th>Why</Table.Th>
                  <Table.Th>Trainees</Table.Th>
                  <Table.Th aria-label="Actions" />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[newest, ...older].map((backup, index) => (
                  <Table.Tr key={backup.fileName} data-testid="recovery-backup">
                    <Table.Td>
                      {formatDateTime(backup.createdAt)}
                      {index === 0 ? ' (newest)' : ''}
                    </Table.Td>
                    <Table.Td>{BACKUP_KIND_LABELS[backup.kind]}</Table.Td>
                    <Table.Td>{backup.traineeCount}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant={index === 0 ? 'filled' : 'default'}
                        loading={restore.isPending && restore.variables === backup.fileName}
                        onClick={() => restore.mutate(backup.fileName)}
                      >
                        {index === 0 ? 'Restore the newest backup' : 'Restore this one'}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm">There is no backup in this data folder.</Text>
          )}
        </Card>
        <Group>
          <Button variant="default" loading={startEmpty.isPending} onClick={() => startEmpty.mutate()}>
            Start with empty records
          </Button>
          <Button variant="subtle" color="gray" loading={quit.isPending} onClick={() => quit.mutate()}>
            Quit Trainplan
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
