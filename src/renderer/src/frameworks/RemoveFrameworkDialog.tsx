import { Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import { errorMessage } from '../api/client';
import { useRemoveFramework } from '../api/frameworkQueries';

export function RemoveFrameworkDialog({
  framework,
  onClose,
}: {
  framework: FrameworkSummary | null;
  onClose: () => void;
}) {
  const remove = useRemoveFramework();
  return (
    <Modal opened={framework !== null} onClose={onClose} title="Remove framework?" centered>
      {framework && (
        <>
          <Text>
            Remove {framework.title} ({framework.soc}), version {framework.version}, from the library? You can import
            the file again later.
          </Text>
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={onClose}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(framework.id, {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: `${framework.title} was removed from the library.` });
                    onClose();
                  },
                  onError: (error) =>
                    notifications.show({ color: 'red', title: 'Not removed', message: errorMessage(error) }),
                })
              }
            >
              Remove
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
