import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BulkBefore, BulkChange, BulkChangeInput } from '../../../shared/trainees/bulkChange';
import { bulkOutcomeText } from '../../../shared/trainees/bulkChangeText';
import { plural } from '../../../shared/text/plural';
import { call, errorMessage } from '../api/client';
import { traineeKeys } from '../api/traineeQueries';

// One confirmation at a time: a new one takes the place of the last (a fresh id, since Mantine keeps a
// hidden notification's id for a moment and ignores a new one shown under it).
let noticeId: string | null = null;
let sequence = 0;

function UndoNotice({ text, onUndo }: { text: string; onUndo: (() => void) | null }) {
  return (
    <Group justify="space-between" wrap="nowrap" data-testid="bulk-confirmation">
      <Text size="sm">{text}</Text>
      {onUndo && (
        <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} onClick={onUndo}>
          Undo
        </Button>
      )}
    </Group>
  );
}

/** A change to the selected trainees, confirmed with one Undo that puts all of it back at once. */
export function useBulkChange() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: traineeKeys.list });
  const show = (message: string, onUndo: (() => void) | null, color = 'teal') => {
    if (noticeId !== null) notifications.hide(noticeId);
    sequence += 1;
    noticeId = `bulk-change-${String(sequence)}`;
    notifications.show({
      id: noticeId,
      color,
      autoClose: onUndo ? 12_000 : 6_000,
      closeButtonProps: { 'aria-label': 'Close confirmation' },
      message: <UndoNotice text={message} onUndo={onUndo} />,
    });
  };
  const undoAll = (before: BulkBefore[]) => {
    if (noticeId !== null)
      notifications.update({ id: noticeId, message: <UndoNotice text="Undoing…" onUndo={null} /> });
    // Not a mutation of this hook: the bar that made the change is gone once it is saved, and its
    // mutations' callbacks with it; the Undo must still say how it went.
    void call('trainees:bulk-undo', { trainees: before })
      .then(({ restored }) => show(`Undone for ${plural(restored, 'trainee')}.`, null))
      .catch((error: unknown) => show(errorMessage(error), null, 'red'))
      .finally(() => {
        void refresh();
      });
  };
  return useMutation({
    mutationFn: (input: BulkChangeInput) => call('trainees:bulk-change', input),
    onSuccess: (result, input) => {
      const kind: BulkChange['kind'] = input.change.kind;
      show(bulkOutcomeText(kind, result), result.before.length > 0 ? () => undoAll(result.before) : null);
    },
    onSettled: refresh,
  });
}
