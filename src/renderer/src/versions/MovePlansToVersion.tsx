import { Alert, Button, Card, Checkbox, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { OlderPlan } from '../../../shared/framework/versionMoveApi';
import { plural } from '../../../shared/text/plural';
import { errorMessage } from '../api/client';
import { useFramework } from '../api/frameworkQueries';
import { useReadOnly } from '../layout/useReadOnly';
import { MoveDialog } from './MoveDialog';
import { useOlderPlans } from './versionQueries';

function PlanChooser(props: {
  plans: OlderPlan[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
}) {
  const { plans, chosen } = props;
  const all = plans.length > 0 && plans.every((p) => chosen.has(p.planId));
  const some = plans.some((p) => chosen.has(p.planId));
  const toggle = (planId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(planId);
    else next.delete(planId);
    props.onChange(next);
  };
  return (
    <Stack gap="xs">
      <Checkbox
        label="Select all"
        checked={all}
        indeterminate={some && !all}
        onChange={(event) => props.onChange(new Set(event.currentTarget.checked ? plans.map((p) => p.planId) : []))}
      />
      <ScrollArea.Autosize mah={360}>
        <Stack gap={6} pl="md" role="group" aria-label="Plans on older versions">
          {plans.map((plan) => (
            <Checkbox
              key={plan.planId}
              label={`${plan.traineeName}${plan.team ? ` (${plan.team})` : ''} — version ${plan.from.version}, ${plural(plan.achieved, 'statement')} achieved`}
              checked={chosen.has(plan.planId)}
              onChange={(event) => toggle(plan.planId, event.currentTarget.checked)}
            />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}

/**
 * On a framework version's page: the trainees whose plans are on an older version of it, and a way to
 * move the ones chosen to this version in one go (after the same comparison a single plan shows).
 */
export function MovePlansToVersion({ frameworkId }: { frameworkId: string }) {
  const framework = useFramework(frameworkId);
  const older = useOlderPlans(frameworkId);
  const lock = useReadOnly();
  const [step, setStep] = useState<'closed' | 'choose' | 'compare'>('closed');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const plans = older.data ?? [];
  const version = framework.data?.version ?? '';
  if (older.isError) {
    return (
      <Alert color="red" title="Plans on older versions not shown">
        {errorMessage(older.error)}
      </Alert>
    );
  }
  if (plans.length === 0) return null;
  const trainees = new Set(plans.map((p) => p.traineeId)).size;
  const refs = plans.filter((p) => chosen.has(p.planId)).map((p) => ({ traineeId: p.traineeId, planId: p.planId }));
  return (
    <Card withBorder padding="sm" data-testid="older-plans">
      <Group justify="space-between">
        <Text size="sm">
          <b>Plans on older versions:</b>
          {plural(trainees, 'trainee')} {trainees === 1 ? 'has a plan' : 'have plans'} on an older version of this
          framework.
        </Text>
        <Button
          size="compact-sm"
          onClick={() => {
            setChosen(new Set(plans.map((p) => p.planId)));
            setStep('choose');
          }}
          {...lock.controls}
        >
          Move plans to this version…
        </Button>
      </Group>
      <Modal
        opened={step === 'choose'}
        onClose={() => setStep('closed')}
        title={`Move plans to version ${version}`}
        size="lg"
      >
        <Stack gap="md">
          <Text size="sm">
            Choose the plans to move. The next step shows, statement by statement, what carries over.
          </Text>
          <PlanChooser plans={plans} chosen={chosen} onChange={setChosen} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setStep('closed')}>
              Cancel
            </Button>
            <Button disabled={refs.length === 0} onClick={() => setStep('compare')}>
              Compare {plural(refs.length, 'plan')}…
            </Button>
          </Group>
        </Stack>
      </Modal>
      {step === 'compare' && (
        <MoveDialog
          opened
          toFrameworkId={frameworkId}
          toVersion={version}
          plans={refs}
          onBack={() => setStep('choose')}
          onClose={() => setStep('closed')}
        />
      )}
    </Card>
  );
}
