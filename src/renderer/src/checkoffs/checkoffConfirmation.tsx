import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { confirmationText, type DoneChange } from '../../../shared/checklist/undoGroup';

/** The changes one confirmation covers, all for one trainee, and what undoes them. */
interface Series {
  traineeId: string;
  traineeName: string;
  done: DoneChange[];
  undo: (done: DoneChange[]) => void;
}

/**
 * Only one check-off confirmation is ever shown: a change for the trainee it is about joins it
 * ("3 changes for Ana Silva — Undo all"), anything else takes its place (the same notification, so
 * two never show at once, even while one would be fading out). Eight quick ticks leave one
 * confirmation, not eight, and its Undo names whose changes it undoes.
 */
let shown: { id: string; series: Series | null } | null = null;
let sequence = 0;
let countdown = 0;
const AUTO_CLOSE_MS = 8000;

function content(id: string, text: string, series: Series | null) {
  return (
    <Group justify="space-between" wrap="nowrap" data-testid="checkoff-confirmation">
      <Text size="sm">{text}</Text>
      {series && (
        <Button
          size="compact-sm"
          variant="light"
          style={{ flexShrink: 0 }}
          onClick={() => {
            // The same confirmation says what became of the undo; the button goes so it cannot be pressed twice.
            if (shown?.id === id) shown = { id, series: null };
            notifications.update({ id, message: content(id, `Undoing for ${series.traineeName}…`, null) });
            series.undo([...series.done]);
          }}
        >
          {series.done.length > 1 ? 'Undo all' : 'Undo'}
        </Button>
      )}
    </Group>
  );
}

/** Shows `text` in the one confirmation: in place of what it said, or as a new one when none is up. */
function replace(text: string, series: Series | null): void {
  if (shown) {
    const { id } = shown;
    shown = { id, series };
    countdown += 1;
    notifications.update({ id, message: content(id, text, series), autoClose: AUTO_CLOSE_MS + (countdown % 2) });
    return;
  }
  sequence += 1;
  const id = `checkoff-confirmation-${String(sequence)}`;
  shown = { id, series };
  notifications.show({
    id,
    color: 'teal',
    autoClose: AUTO_CLOSE_MS,
    // Mantine's close button has no name of its own (axe: button-name).
    closeButtonProps: { 'aria-label': 'Close confirmation' },
    message: content(id, text, series),
    onClose: () => {
      if (shown?.id === id) shown = null;
    },
  });
}

/** Announces a saved change; Undo (or Undo all) sends back the states before it. */
export function announceChange(
  traineeId: string,
  traineeName: string,
  change: DoneChange,
  undo: (done: DoneChange[]) => void,
): void {
  const current = shown?.series;
  if (shown && current?.traineeId === traineeId) {
    current.done.push(change);
    notifications.update({
      id: shown.id,
      message: content(shown.id, confirmationText(traineeName, current.done), current),
      // A changed duration restarts the countdown: the series stays up for a while after its last change.
      autoClose: AUTO_CLOSE_MS + ((countdown += 1) % 2),
    });
    return;
  }
  replace(confirmationText(traineeName, [change]), { traineeId, traineeName, done: [change], undo });
}

/** Says the changes were undone (or not: the error says why), whose they were, in place of the confirmation. */
export function announceUndone(traineeName: string, done: readonly DoneChange[], ok: boolean): void {
  replace(ok ? confirmationText(traineeName, done, true) : `Not everything was undone for ${traineeName}.`, null);
}
