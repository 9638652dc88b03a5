import { Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { plural } from '../../../shared/text/plural';
import type { BulkChange } from '../../../shared/trainees/bulkChange';
import { errorMessage } from '../api/client';
import { BulkAssignPlanModal } from './BulkAssignPlanModal';
import { BulkValueModal } from './BulkValueModal';
import type { FilterChoices } from './TraineeFilters';
import { useBulkChange } from './useBulkChange';

type Dialog = 'assign' | 'trainer' | 'team' | null;

/** What can be done to the selected trainees, shown above the list while any are selected. */
export function BulkActions({
  selected,
  choices,
  locked,
  onDone,
  onClear,
}: {
  selected: readonly string[];
  choices: FilterChoices;
  locked: { disabled: boolean; title: string | undefined };
  /** The change is saved: the selection has done its job. */
  onDone: () => void;
  onClear: () => void;
}) {
  const change = useBulkChange();
  const [dialog, setDialog] = useState<Dialog>(null);
  const error = change.error ? errorMessage(change.error) : null;
  const open = (next: Dialog) => {
    change.reset();
    setDialog(next);
  };
  const run = (next: BulkChange) =>
    change.mutate(
      { traineeIds: [...selected], change: next },
      {
        onSuccess: () => {
          setDialog(null);
          onDone();
        },
      },
    );

  return (
    <Paper withBorder p="xs" data-testid="bulk-actions">
      <Group justify="space-between" gap="xs">
        <Text fw={600} size="sm" data-testid="selected-count">
          {plural(selected.length, 'trainee')} selected
        </Text>
        <Group gap="xs">
          <Button size="compact-md" onClick={() => open('assign')} {...locked}>
            Assign plan…
          </Button>
          <Button size="compact-md" variant="default" onClick={() => open('trainer')} {...locked}>
            Set trainer…
          </Button>
          <Button size="compact-md" variant="default" onClick={() => open('team')} {...locked}>
            Set team…
          </Button>
          <Button
            size="compact-md"
            variant="default"
            loading={change.isPending && dialog === null}
            onClick={() => run({ kind: 'archive' })}
            {...locked}
          >
            Archive
          </Button>
          <Button size="compact-md" variant="subtle" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
      </Group>
      {dialog === null && error && (
        <Text c="red" size="sm" mt={4} role="alert">
          {error}
        </Text>
      )}
      <BulkAssignPlanModal
        opened={dialog === 'assign'}
        count={selected.length}
        trainers={choices.trainers}
        busy={change.isPending}
        error={error}
        onSubmit={run}
        onClose={() => setDialog(null)}
      />
      <BulkValueModal
        opened={dialog === 'trainer'}
        title="Set the trainer of the selected trainees"
        label="Trainer"
        choices={choices.trainers}
        count={selected.length}
        busy={change.isPending}
        error={error}
        onSubmit={(trainer) => run({ kind: 'set-trainer', trainer })}
        onClose={() => setDialog(null)}
      />
      <BulkValueModal
        opened={dialog === 'team'}
        title="Set the team of the selected trainees"
        label="Team or department"
        choices={choices.teams}
        count={selected.length}
        busy={change.isPending}
        error={error}
        onSubmit={(team) => run({ kind: 'set-team', team })}
        onClose={() => setDialog(null)}
      />
    </Paper>
  );
}
