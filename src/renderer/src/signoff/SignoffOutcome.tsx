import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { ChangedPlan } from '../../../shared/signoff/groupSignoff';

export type Outcome =
  | { kind: 'saved'; message: string; changed: ChangedPlan[] }
  | { kind: 'undone'; message: string }
  | { kind: 'failed'; message: string };

/** What the last save or undo did; the Undo stays here until the next sign-off replaces it. */
export function SignoffOutcome({
  outcome,
  undoing,
  onUndo,
}: {
  outcome: Outcome | null;
  undoing: boolean;
  onUndo: (changed: ChangedPlan[]) => void;
}) {
  const shown = useRef<HTMLDivElement>(null);
  // It appears below the button just clicked: brought into view, without moving the button away.
  useEffect(() => {
    shown.current?.scrollIntoView({ block: 'nearest' });
  }, [outcome]);
  if (!outcome) return null;
  if (outcome.kind === 'failed') {
    return (
      <Alert ref={shown} color="red" title="Nothing was saved" role="alert" data-testid="signoff-outcome">
        {outcome.message}
      </Alert>
    );
  }
  return (
    <Alert ref={shown} color="teal" role="status" data-testid="signoff-outcome">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{outcome.message}</Text>
        {outcome.kind === 'saved' && outcome.changed.length > 0 && (
          <Button size="compact-sm" variant="light" onClick={() => onUndo(outcome.changed)} loading={undoing}>
            Undo
          </Button>
        )}
      </Group>
    </Alert>
  );
}
