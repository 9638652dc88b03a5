import { FormButtons, FormError } from '../components/FormParts';
import { Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { planTargetSchema } from '../../../shared/plans/planFields';
import type { PlanView } from '../../../shared/trainees/traineeViews';
import { errorMessage } from '../api/client';
import { useUpdatePlan } from '../api/traineeQueries';
import { applyServerErrors } from '../components/applyServerErrors';
import { useGuardedClose } from '../components/useGuardedClose';
import { PlanTargetFields, startDateErrors, type PlanTargetValues } from './PlanTargetFields';

const schemaErrors = schemaResolver(planTargetSchema, { sync: true });

export function ChangeTargetModal({ plan, opened, onClose }: { plan: PlanView; opened: boolean; onClose: () => void }) {
  const update = useUpdatePlan();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PlanTargetValues>({
    mode: 'controlled',
    initialValues: { targetLevel: plan.targetLevel, targetDate: plan.targetDate ?? '', startDate: plan.startDate },
    // As in main, only a moved start is checked: a plan kept from before the rule can still change its target.
    validate: (values) => ({
      ...(values.startDate === plan.startDate ? {} : startDateErrors(values, plan.startLimits)),
      ...schemaErrors(values),
    }),
    validateInputOnChange: ['startDate'],
  });
  const close = (): void => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const guard = useGuardedClose(opened && form.isDirty(), close);
  return (
    <>
      {guard.question}
      <Modal opened={opened} onClose={guard.requestClose} title={`Change target: ${plan.frameworkTitle}`} centered>
        <form
          noValidate
          onSubmit={form.onSubmit((values) =>
            update.mutate(
              { planId: plan.planId, ...values },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: 'Target changed.' });
                  close();
                },
                onError: (error) => setFormError(applyServerErrors(form, error, errorMessage)),
              },
            ),
          )}
        >
          <Stack>
            <FormError message={formError} />
            <PlanTargetFields
              form={form}
              limits={plan.startLimits}
              levels={plan.framework.levels.map((level) => level.key)}
            />
          </Stack>
          <FormButtons onCancel={close} submitLabel="Save target" loading={update.isPending} />
        </form>
      </Modal>
    </>
  );
}
