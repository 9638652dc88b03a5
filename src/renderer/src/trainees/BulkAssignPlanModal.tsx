import { Autocomplete, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { z } from 'zod';
import { FrameworkSelect, useChosenLevels } from '../plans/FrameworkSelect';
import { todayIso } from '../../../shared/dates';
import { planTargetShape, targetNotBeforeStart } from '../../../shared/plans/planFields';
import { plural } from '../../../shared/text/plural';
import type { BulkChange } from '../../../shared/trainees/bulkChange';
import { useGuardedClose } from '../components/useGuardedClose';
import { FormButtons, FormError } from '../components/FormParts';
import { PlanTargetFields, type PlanTargetValues } from '../plans/PlanTargetFields';

const frameworkField = { frameworkId: z.string().min(1, 'Choose a framework.') };
const oneStartErrors = schemaResolver(targetNotBeforeStart(z.object({ ...frameworkField, ...planTargetShape })), {
  sync: true,
});
const ownStartErrors = schemaResolver(z.object({ ...frameworkField, ...planTargetShape, startDate: z.string() }), {
  sync: true,
});

/** Each plan starts when its trainee did (as a single Assign plan does), or all on one date. */
type StartChoice = 'own' | 'one';

interface Values extends PlanTargetValues {
  frameworkId: string;
  trainer: string;
  startChoice: StartChoice;
}

/** One framework, target, dates and (optionally) trainer for every selected trainee. */
export function BulkAssignPlanModal({
  opened,
  count,
  trainers,
  busy,
  error,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  count: number;
  trainers: readonly string[];
  busy: boolean;
  error: string | null;
  onSubmit: (change: Extract<BulkChange, { kind: 'assign-plan' }>) => void;
  onClose: () => void;
}) {
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      frameworkId: '',
      targetLevel: 'emerging',
      targetDate: '',
      startChoice: 'own',
      startDate: todayIso(),
      trainer: '',
    },
    validate: (values) => (values.startChoice === 'own' ? ownStartErrors(values) : oneStartErrors(values)),
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const levels = useChosenLevels(form.values.frameworkId);
  const guard = useGuardedClose(opened && form.isDirty(), close);
  return (
    <>
      {guard.question}
      <Modal
        opened={opened}
        onClose={guard.requestClose}
        title="Assign a plan to the selected trainees"
        size="lg"
        centered
      >
        <form
          noValidate
          data-testid="bulk-assign-form"
          onSubmit={form.onSubmit((values) => {
            onSubmit({
              kind: 'assign-plan',
              frameworkId: values.frameworkId,
              targetLevel: values.targetLevel,
              targetDate: values.targetDate === '' ? null : values.targetDate,
              startDate: values.startChoice === 'own' ? null : values.startDate,
              trainer: values.trainer.trim(),
            });
          })}
        >
          <Stack>
            <FormError message={error} />
            <Text size="sm">
              For {plural(count, 'selected trainee')}. Those who already have a plan on this framework, and archived
              trainees, are left as they are.
            </Text>
            <FrameworkSelect form={form} />
            <PlanTargetFields form={form} levels={levels} withStart={false} />
            <Radio.Group label="Plan start" withAsterisk {...form.getInputProps('startChoice')}>
              <Stack gap="xs" mt="xs">
                <Radio value="own" label="Each trainee’s own start date (today for those without one)" />
                <Radio value="one" label="One date for all" />
              </Stack>
            </Radio.Group>
            {form.values.startChoice === 'one' && (
              <TextInput label="Start date" type="date" withAsterisk {...form.getInputProps('startDate')} />
            )}
            <Autocomplete
              label="Trainer"
              description="Optional: also sets the trainer of each of them"
              data={[...trainers]}
              {...form.getInputProps('trainer')}
            />
          </Stack>
          <FormButtons onCancel={close} submitLabel="Assign" loading={busy} />
        </form>
      </Modal>
    </>
  );
}
