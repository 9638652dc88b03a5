import { FormButtons, FormError } from '../components/FormParts';
import { Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { z } from 'zod';
import { FrameworkSelect, useChosenLevels } from './FrameworkSelect';
import { todayIso, type IsoDate } from '../../../shared/dates';
import { defaultPlanStart, type PlanStartLimits } from '../../../shared/plans/planDates';
import { planTargetShape, targetNotBeforeStart } from '../../../shared/plans/planFields';
import { errorMessage } from '../api/client';
import { useAssignPlan } from '../api/traineeQueries';
import { applyServerErrors } from '../components/applyServerErrors';
import { useGuardedClose } from '../components/useGuardedClose';
import { PlanTargetFields, startDateErrors, type PlanTargetValues } from './PlanTargetFields';

const schema = targetNotBeforeStart(
  z.object({ frameworkId: z.string().min(1, 'Choose a framework.'), ...planTargetShape }),
);
const schemaErrors = schemaResolver(schema, { sync: true });

interface Values extends PlanTargetValues {
  frameworkId: string;
}

export function AssignPlanModal({
  opened,
  traineeId,
  traineeName,
  traineeStart,
  heldFrameworkIds,
  onClose,
}: {
  opened: boolean;
  traineeId: string;
  traineeName: string;
  /** A plan cannot start before the trainee did. */
  traineeStart: IsoDate | null;
  heldFrameworkIds: string[];
  onClose: () => void;
}) {
  const assign = useAssignPlan();
  const [formError, setFormError] = useState<string | null>(null);
  const limits: PlanStartLimits = { traineeName, traineeStart, firstCheckoffOn: null };
  const today = todayIso();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      frameworkId: '',
      targetLevel: 'emerging',
      targetDate: '',
      startDate: defaultPlanStart(traineeStart, today),
    },
    validate: (values) => ({ ...startDateErrors(values, limits), ...schemaErrors(values) }),
    validateInputOnChange: ['startDate'],
  });
  const close = (): void => {
    form.reset();
    setFormError(null);
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
        title={`Assign a framework to ${traineeName}`}
        size="lg"
        centered
      >
        <form
          noValidate
          data-testid="assign-plan-form"
          onSubmit={form.onSubmit((values) =>
            assign.mutate(
              { traineeId, ...values },
              {
                onSuccess: () => {
                  notifications.show({ color: 'teal', message: 'Plan assigned.' });
                  close();
                },
                onError: (error) => setFormError(applyServerErrors(form, error, errorMessage)),
              },
            ),
          )}
        >
          <Stack>
            <FormError message={formError} />
            <FrameworkSelect form={form} heldFrameworkIds={heldFrameworkIds} />
            <PlanTargetFields form={form} limits={limits} levels={levels} />
          </Stack>
          <FormButtons onCancel={close} submitLabel="Assign" loading={assign.isPending} />
        </form>
      </Modal>
    </>
  );
}
