import { Alert, Button, Group, List, Loader, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import type { FrameworkSummary, FrameworkUsage } from '../../../shared/framework/framework';
import { plural } from '../../../shared/text/plural';
import { call, errorMessage } from '../api/client';
import { frameworkKeys, useRemoveFramework } from '../api/frameworkQueries';

/** The trainees in the way, by name: the trainer has to open each to remove the plan. */
function UsedBy({ framework, usage }: { framework: FrameworkSummary; usage: FrameworkUsage }) {
  const more = usage.traineeCount - usage.trainees.length;
  return (
    <>
      <Text>
        {framework.title}
        {framework.code === null ? '' : ` (${framework.code})`}, version {framework.version}, cannot be removed: it is
        used by the plans of {plural(usage.traineeCount, 'trainee')}. Remove those plans first (on each trainee’s page),
        then remove the framework.
      </Text>
      <List size="sm" mt="sm" data-testid="framework-users">
        {usage.trainees.map((name, index) => (
          // Two trainees may share a name; the list never reorders while open.
          <List.Item key={index}>{name}</List.Item>
        ))}
      </List>
      {more > 0 && (
        <Text size="sm" mt={4}>
          and {more.toLocaleString('en-GB')} more
        </Text>
      )}
    </>
  );
}

/**
 * Asks before removing an imported framework, after finding out who uses it: a framework with plans
 * on it cannot go, and the trainer is told who is in the way instead of being asked and then refused.
 */
export function RemoveFrameworkDialog({
  framework,
  onClose,
}: {
  framework: FrameworkSummary | null;
  onClose: () => void;
}) {
  const remove = useRemoveFramework();
  const usage = useQuery({
    queryKey: [...frameworkKeys.one(framework?.id ?? ''), 'usage'],
    queryFn: () => call('frameworks:usage', { id: framework?.id ?? '' }),
    enabled: framework !== null,
    // Plans change elsewhere; ask each time the dialog opens.
    staleTime: 0,
    gcTime: 0,
  });
  const close = (): void => {
    remove.reset();
    onClose();
  };
  const inUse = (usage.data?.traineeCount ?? 0) > 0;
  return (
    <Modal opened={framework !== null} onClose={close} title="Remove framework?" centered>
      {framework && (
        <>
          {usage.isPending && <Loader size="sm" aria-label="Finding who uses this framework" />}
          {usage.isError && <Alert color="red">{errorMessage(usage.error)}</Alert>}
          {usage.data && inUse && <UsedBy framework={framework} usage={usage.data} />}
          {usage.data && !inUse && (
            <Text>
              Remove {framework.title}
              {framework.code === null ? '' : ` (${framework.code})`}, version {framework.version}, from the library? No
              trainee uses it.{' '}
              {framework.origin === 'own'
                ? 'It cannot be brought back unless you exported it first.'
                : 'You can import the file again later.'}
            </Text>
          )}
          {remove.isError && (
            <Alert color="red" title="Not removed" mt="md" role="alert">
              {errorMessage(remove.error)}
            </Alert>
          )}
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={close} data-autofocus>
              {inUse ? 'Close' : 'Keep it'}
            </Button>
            {usage.data && !inUse && (
              <Button
                color="red"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(framework.id, {
                    onSuccess: () => {
                      notifications.show({
                        color: 'teal',
                        message: `${framework.title} was removed from the library.`,
                      });
                      close();
                    },
                  })
                }
              >
                Remove
              </Button>
            )}
          </Group>
        </>
      )}
    </Modal>
  );
}
