import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  confirmationText,
  countTicks,
  splitLast,
  subjectOf,
  type DoneChange,
} from '../../../shared/checklist/undoGroup';

/** The changes one confirmation covers, all for one trainee, and what undoes them. */
interface Series {
  traineeId: string;
  traineeName: string;
  done: DoneChange[];
  /** Undoes `toUndo`; `rest` is what stays done (and undoable) afterwards. */
  undo: (toUndo: DoneChange[], rest: DoneChange[]) => void;
}

/**
 * Only one check-off confirmation is ever shown: a change for the trainee it is about joins it
 * ("3 ticks for Ana Silva — Undo last, Undo all"), anything else takes its place (the same notification, so
 * two never show at once, even while one would be fading out). Eight quick ticks leave one
 * confirmation, not eight, and its Undo names whose changes it undoes.
 */
let shown: { id: string; series: Series | null } | null = null;
let sequence = 0;
let countdown = 0;
const AUTO_CLOSE_MS = 8000;

function UndoButton({
  id,
  series,
  label,
  toUndo,
  rest,
}: {
  id: string;
  series: Series;
  label: string;
  toUndo: DoneChange[];
  rest: DoneChange[];
}) {
  return (
    <Button
      size="compact-sm"
      variant="light"
      style={{ flexShrink: 0 }}
      onClick={() => {
        // The same confirmation says what became of the undo; the buttons go so they cannot be pressed twice.
        if (shown?.id === id) shown = { id, series: null };
        notifications.update({ id, message: content(id, `Undoing for ${series.traineeName}…`, null) });
        series.undo(toUndo, rest);
      }}
    >
      {label}
    </Button>
  );
}

function content(id: string, text: string, series: Series | null) {
  // One tick (with or without its note) has one Undo; several offer the last one alone as well.
  const several = series !== null && countTicks(series.done).statements > 1;
  const { last, rest } = series ? splitLast(series.done) : { last: [], rest: [] };
  return (
    <Group justify="space-between" wrap="nowrap" data-testid="checkoff-confirmation">
      <Text size="sm">{text}</Text>
      {series && (
        <Group gap={6} wrap="nowrap">
          {several && <UndoButton id={id} series={series} label="Undo last" toUndo={last} rest={rest} />}
          <UndoButton id={id} series={series} label={several ? 'Undo all' : 'Undo'} toUndo={series.done} rest={[]} />
        </Group>
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
export function announceChange(traineeId: string, traineeName: string, change: DoneChange, undo: Series['undo']): void {
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

/**
 * Says the changes were undone (or not: the error says why), whose they were, in place of the confirmation.
 * What is left of the series after "Undo last" stays in it, with its own Undo.
 */
export function announceUndone(
  series: Omit<Series, 'done'>,
  undone: readonly DoneChange[],
  ok: boolean,
  rest: DoneChange[] = [],
): void {
  const { traineeName } = series;
  if (!ok) {
    replace(`Not everything was undone for ${traineeName}.`, null);
    return;
  }
  const text = confirmationText(traineeName, undone, true);
  if (rest.length === 0) {
    replace(text, null);
    return;
  }
  replace(`${text}. Still saved: ${subjectOf(rest).subject}`, { ...series, done: rest });
}
