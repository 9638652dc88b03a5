import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { formatDate } from '../../../shared/dates';
import { LEVEL_LABELS } from '../../../shared/framework/levels';
import { shownCode } from '../../../shared/framework/shownCode';
import { attainedLabel } from '../../../shared/progress/progressRules';
import type { PlanView } from '../../../shared/trainees/traineeViews';
import { errorMessage } from '../api/client';
import { useRemovePlan } from '../api/traineeQueries';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ProgressCell } from '../components/ProgressCell';
import { StatusBadge } from '../components/StatusBadge';
import { ChangeTargetModal } from './ChangeTargetModal';
import { Checklist } from './Checklist';
import { useReadOnly } from '../layout/useReadOnly';
import { LevelBars } from './LevelBars';
import { MoveToVersionAction } from '../versions/MoveToVersionAction';
import type { CheckoffActions } from './useCheckoffActions';

export function PlanCard({
  plan,
  defaultAssessor,
  actions,
  readOnly,
  shown = null,
}: {
  plan: PlanView;
  defaultAssessor: string;
  actions: CheckoffActions;
  /** The trainee is archived: nothing of the plan changes until they are restored. */
  readOnly: boolean;
  /** The address asks for this plan (from the skills matrix): scrolled to, at the statement if one is named. */
  shown?: { statementId: string | null } | null;
}) {
  const lock = useReadOnly();
  const remove = useRemovePlan();
  const [changing, setChanging] = useState(false);
  const [removing, setRemoving] = useState(false);
  const card = useRef<HTMLDivElement>(null);
  const showCard = shown !== null && (shown.statementId === null || readOnly);
  useEffect(() => {
    if (showCard) card.current?.scrollIntoView({ block: 'start' });
  }, [showCard]);
  return (
    <Card withBorder padding="lg" data-testid="plan-card" ref={card}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {plan.frameworkTitle}
            </Title>
            <Text size="sm" c="dimmed">
              {[shownCode(plan.framework.occupation), plan.framework.version, `started ${formatDate(plan.startDate)}`]
                .filter((part) => part !== null)
                .join(' · ')}
            </Text>
          </div>
          {!readOnly && (
            <Group gap="xs">
              <MoveToVersionAction
                planId={plan.planId}
                frameworkId={plan.frameworkId}
                version={plan.framework.version}
              />
              <Button size="compact-sm" variant="default" onClick={() => setChanging(true)} {...lock.controls}>
                Change target
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                onClick={() => setRemoving(true)}
                {...lock.controls}
              >
                Remove plan
              </Button>
            </Group>
          )}
        </Group>
        <Group gap="lg" data-testid="plan-summary">
          <Text size="sm">
            Attained: <b data-testid="attained-level">{attainedLabel(plan.attained)}</b>
          </Text>
          <Text size="sm">
            Target: <b>{LEVEL_LABELS[plan.targetLevel]}</b>
            {plan.targetDate ? ` by ${formatDate(plan.targetDate)}` : ', no target date'}
          </Text>
          <ProgressCell progress={plan.toTarget} label="Progress to target" />
          <StatusBadge status={plan.status} />
        </Group>
        <LevelBars levels={plan.levels} />
        {readOnly ? (
          <Text size="sm" c="dimmed">
            Restore this trainee to check off statements.
          </Text>
        ) : (
          <Checklist
            plan={plan}
            defaultAssessor={defaultAssessor}
            actions={actions}
            locked={lock.why}
            shownStatement={shown?.statementId ?? null}
          />
        )}
      </Stack>
      {changing && <ChangeTargetModal plan={plan} opened onClose={() => setChanging(false)} />}
      <ConfirmDialog
        opened={removing}
        title="Remove this plan?"
        confirmLabel="Remove plan"
        busy={remove.isPending}
        onClose={() => setRemoving(false)}
        onConfirm={() =>
          remove.mutate(
            { planId: plan.planId },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: `Plan removed: ${plan.frameworkTitle}.` });
                setRemoving(false);
              },
              onError: (error) =>
                notifications.show({ color: 'red', title: 'Not removed', message: errorMessage(error) }),
            },
          )
        }
      >
        {plan.frameworkTitle} and its {Object.keys(plan.checkoffs).length} check-offs will be removed from this trainee.
        The history keeps a record of them.
      </ConfirmDialog>
    </Card>
  );
}
