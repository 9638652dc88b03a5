import { Alert, Button, Group, List, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { MovePreview } from '../../../shared/framework/versionMoveApi';
import { plural } from '../../../shared/text/plural';
import { errorMessage } from '../api/client';
import { useReadOnly } from '../layout/useReadOnly';
import { MoveComparison } from './MoveComparison';
import { confirmKey, outcomeLine, planOutcome, totalOutcome } from './moveSummary';
import { useMovePlans, useMovePreview, type PlanRef } from './versionQueries';

function MoveBody(props: {
  preview: MovePreview;
  confirmed: ReadonlySet<string>;
  onConfirm: (key: string, checked: boolean) => void;
}) {
  const { preview, confirmed } = props;
  const several = preview.comparisons.length > 1;
  return (
    <Stack gap="md">
      <Text fw={600} data-testid="move-summary" aria-live="polite">
        {preview.plans.length === 1
          ? outcomeLine(totalOutcome(preview, confirmed))
          : `${plural(preview.plans.length, 'plan')}: ${outcomeLine(totalOutcome(preview, confirmed))}`}
      </Text>
      {preview.plans.length > 1 && (
        <List size="sm" data-testid="move-plans">
          {preview.plans.map((plan) => (
            <List.Item key={plan.planId}>
              {plan.traineeName} (version {plan.from.version}): {outcomeLine(planOutcome(plan, confirmed))}
            </List.Item>
          ))}
        </List>
      )}
      {preview.comparisons.map((comparison) => (
        <section key={comparison.from.frameworkId}>
          {several && (
            <Title order={3} size="h4" mb="xs">
              From version {comparison.from.version}
            </Title>
          )}
          <MoveComparison
            comparison={comparison}
            plans={preview.plans.filter((p) => p.from.frameworkId === comparison.from.frameworkId)}
            confirmed={confirmed}
            onConfirm={props.onConfirm}
          />
        </section>
      ))}
    </Stack>
  );
}

/**
 * The comparison of the chosen plans' versions with the new one, and the one button that moves them
 * all. Nothing changes until Confirm; a refusal (a plan removed meanwhile) is shown here and moves none.
 */
export function MoveDialog(props: {
  opened: boolean;
  toFrameworkId: string;
  toVersion: string;
  plans: PlanRef[];
  onClose: () => void;
  /** The plan chooser, when the dialog was reached from one: a way back to it. */
  onBack?: () => void;
  onMoved?: () => void;
}) {
  const { toFrameworkId, toVersion, plans } = props;
  const lock = useReadOnly();
  const preview = useMovePreview(toFrameworkId, plans, props.opened);
  const move = useMovePlans();
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const onConfirm = (key: string, checked: boolean) =>
    setConfirmed((current) => {
      const next = new Set(current);
      if (checked) next.add(key);
      else next.delete(key);
      return next;
    });
  const close = () => {
    move.reset();
    setConfirmed(new Set());
    props.onClose();
  };
  const submit = (data: MovePreview) => {
    const accepted = data.comparisons.flatMap((c) =>
      c.statements
        .filter(
          (m) => m.fate === 'changed' && m.oldId !== null && confirmed.has(confirmKey(c.from.frameworkId, m.oldId)),
        )
        .map((m) => ({ fromFrameworkId: c.from.frameworkId, statementId: m.oldId ?? '' })),
    );
    move.mutate(
      { toFrameworkId, plans, confirmed: accepted },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'teal',
            // Mantine's close button has no name of its own; screen readers need one.
            closeButtonProps: { 'aria-label': 'Close the message' },
            message:
              result.moved.length === 1
                ? `Plan moved to version ${toVersion}.`
                : `${plural(result.moved.length, 'plan')} moved to version ${toVersion}.`,
          });
          close();
          props.onMoved?.();
        },
      },
    );
  };
  const count = plans.length;
  return (
    <Modal
      opened={props.opened}
      onClose={close}
      size="xl"
      title={count === 1 ? `Move to version ${toVersion}` : `Move ${plural(count, 'plan')} to version ${toVersion}`}
    >
      <Stack gap="md" data-testid="move-dialog">
        {preview.isPending && <Loader size="sm" aria-label="Comparing the versions" />}
        {preview.isError && (
          <Alert color="red" title="Cannot compare the versions">
            {errorMessage(preview.error)}
          </Alert>
        )}
        {preview.data && <MoveBody preview={preview.data} confirmed={confirmed} onConfirm={onConfirm} />}
        {move.isError && (
          <Alert color="red" title="Nothing was moved" role="alert">
            {errorMessage(move.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          {props.onBack && (
            <Button variant="subtle" onClick={props.onBack} mr="auto">
              Back to the plans
            </Button>
          )}
          <Button variant="default" onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button
            loading={move.isPending}
            disabled={!preview.data || lock.readOnly}
            title={lock.why ?? undefined}
            onClick={() => preview.data && submit(preview.data)}
          >
            {count === 1 ? `Move to version ${toVersion}` : `Move ${plural(count, 'plan')}`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
