import { Alert, Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Trainee } from '../../../shared/trainees/traineeFields';
import { errorMessage } from '../api/client';
import { useDeleteTrainee } from '../api/traineeQueries';

/** Deleting for good is an erasure: it asks for the name to be typed, and says what goes with it. */
export function DeleteTraineeDialog({
  trainee,
  opened,
  onClose,
  onDeleted,
}: {
  trainee: Trainee;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const remove = useDeleteTrainee();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const matches = typed.trim() === trainee.fullName;
  return (
    <Modal opened={opened} onClose={onClose} title={`Delete ${trainee.fullName} for good?`} centered>
      <Text size="sm">
        This deletes {trainee.fullName}, all their plans, check-offs and history. It cannot be undone. To keep their
        records but hide them, archive them instead.
      </Text>
      <TextInput
        mt="md"
        label={`Type ${trainee.fullName} to confirm`}
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
        data-autofocus
      />
      {error && (
        <Alert color="red" mt="sm" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          color="red"
          disabled={!matches}
          loading={remove.isPending}
          onClick={() =>
            remove.mutate(
              { id: trainee.id, confirmName: typed },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: `${trainee.fullName} and their records were deleted.` });
                  onDeleted();
                },
                onError: (e) => setError(errorMessage(e)),
              },
            )
          }
        >
          Delete for good
        </Button>
      </Group>
    </Modal>
  );
}
