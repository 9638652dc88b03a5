import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CheckoffChange } from '../../../shared/checkoffs/checkoffFields';
import { todayIso } from '../../../shared/dates';
import type { TraineeDetail } from '../../../shared/trainees/traineeViews';
import { call, errorMessage } from '../api/client';
import { traineeKeys } from '../api/traineeQueries';
import { applyCheckoffChanges } from '../../../shared/progress/applyCheckoffChanges';

let confirmations = 0;

/** The confirmation after a check-off change, with the Undo button that sends back the previous states. */
function showConfirmation(done: string, undo: (() => void) | null): void {
  confirmations += 1;
  const id = `checkoff-${String(confirmations)}`;
  notifications.show({
    id,
    color: 'teal',
    autoClose: 8000,
    message: (
      <Group justify="space-between" wrap="nowrap" data-testid="checkoff-confirmation">
        <Text size="sm">{done}</Text>
        {undo && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              undo();
            }}
          >
            Undo
          </Button>
        )}
      </Group>
    ),
  });
}

interface Variables {
  planId: string;
  changes: CheckoffChange[];
  /** What the confirmation says, e.g. "Checked: Safety and sanitation regulations". */
  done: string;
  undoable: boolean;
}

/** Check-offs update the page at once, roll back with a message on failure, and can be undone from the confirmation. */
export function useCheckoffActions(traineeId: string) {
  const client = useQueryClient();
  const key = traineeKeys.one(traineeId);

  const mutationKey = ['checkoffs', traineeId];
  const mutation = useMutation({
    mutationKey,
    mutationFn: ({ planId, changes }: Variables) => call('checkoffs:set', { planId, changes }),
    onMutate: async ({ planId, changes }) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<TraineeDetail>(key);
      if (previous) client.setQueryData(key, applyCheckoffChanges(previous, planId, changes, todayIso()));
      return { previous };
    },
    onError: (error, _variables, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
      notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(error), autoClose: 8000 });
    },
    onSuccess: (result, variables) => {
      if (result.previous.length === 0) return;
      const undo = variables.undoable
        ? () => mutation.mutate({ planId: result.planId, changes: result.previous, done: 'Undone.', undoable: false })
        : null;
      showConfirmation(variables.done, undo);
    },
    // While another tick is still on its way, a refetch would show the page without it for a moment:
    // refetch only when the last of a quick series of ticks has settled.
    onSettled: () =>
      client.isMutating({ mutationKey }) === 1 ? client.invalidateQueries({ queryKey: traineeKeys.list }) : undefined,
  });

  return {
    apply: (planId: string, changes: CheckoffChange[], done: string) =>
      mutation.mutate({ planId, changes, done, undoable: true }),
    pending: mutation.isPending,
  };
}
