import { FormButtons, FormError } from '../components/FormParts';
import { Autocomplete, Modal, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatDate, type IsoDate } from '../../../shared/dates';
import { traineeStartProblem } from '../../../shared/plans/planDates';
import {
  EMPTY_TRAINEE_FIELDS,
  traineeFieldsSchema,
  type Trainee,
  type TraineeFieldsInput,
} from '../../../shared/trainees/traineeFields';
import { errorMessage } from '../api/client';
import { useCreateTrainee, useTraineeChoices, useUpdateTrainee } from '../api/traineeQueries';
import { applyServerErrors } from '../components/applyServerErrors';
import { useGuardedClose } from '../components/useGuardedClose';

function fieldsOf(trainee: Trainee): TraineeFieldsInput {
  return {
    fullName: trainee.fullName,
    employeeId: trainee.employeeId ?? '',
    team: trainee.team,
    site: trainee.site,
    trainer: trainee.trainer,
    startDate: trainee.startDate ?? '',
    notes: trainee.notes,
  };
}

const schemaErrors = schemaResolver(traineeFieldsSchema, { sync: true });

/** Add or edit a trainee. Validated with the same schema the main process uses, and saved only when it says so. */
export function TraineeFormModal({
  opened,
  trainee,
  onClose,
  onSaved,
  firstCheckoffOn = null,
}: {
  opened: boolean;
  trainee?: Trainee;
  /** Their earliest check-off: the start date cannot move after it (main refuses it too). */
  firstCheckoffOn?: IsoDate | null;
  onClose: () => void;
  onSaved?: (trainee: Trainee) => void;
}) {
  const create = useCreateTrainee();
  const update = useUpdateTrainee();
  const [formError, setFormError] = useState<string | null>(null);
  const { data: choices } = useTraineeChoices();
  const form = useForm<TraineeFieldsInput>({
    mode: 'controlled',
    initialValues: trainee ? fieldsOf(trainee) : EMPTY_TRAINEE_FIELDS,
    validate: (values) => {
      const errors = schemaErrors(values);
      const startProblem =
        trainee && values.startDate ? traineeStartProblem(values.startDate, trainee.fullName, firstCheckoffOn) : null;
      return startProblem && !errors.startDate ? { ...errors, startDate: startProblem } : errors;
    },
    validateInputOnBlur: true,
    // The date rule is said as soon as a date is picked, not only on leaving the field or saving.
    validateInputOnChange: ['startDate'],
  });

  const close = (): void => {
    form.reset();
    setFormError(null);
    onClose();
  };
  const guard = useGuardedClose(opened && form.isDirty(), close);

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const onSuccess = (saved: Trainee): void => {
      notifications.show({
        color: 'teal',
        message: trainee ? `${saved.fullName}: changes saved.` : `${saved.fullName} added.`,
      });
      guard.leaveFreely();
      onSaved?.(saved);
      close();
    };
    const onError = (error: unknown): void => setFormError(applyServerErrors(form, error, errorMessage));
    if (trainee) update.mutate({ id: trainee.id, ...values }, { onSuccess, onError });
    else create.mutate(values, { onSuccess, onError });
  });

  return (
    <>
      {guard.question}
      <Modal
        opened={opened}
        onClose={guard.requestClose}
        title={trainee ? `Edit ${trainee.fullName}` : 'Add trainee'}
        size="lg"
        centered
      >
        <form onSubmit={submit} noValidate data-testid="trainee-form">
          <FormError message={formError} />
          <SimpleGrid cols={2}>
            <TextInput label="Full name" withAsterisk data-autofocus {...form.getInputProps('fullName')} />
            <TextInput label="Employee or badge ID" {...form.getInputProps('employeeId')} />
            {/* The values in use are offered, so "Press line" is picked rather than typed again as "Presline". */}
            <Autocomplete label="Team or department" data={choices?.teams ?? []} {...form.getInputProps('team')} />
            <Autocomplete label="Site" data={choices?.sites ?? []} {...form.getInputProps('site')} />
            <Autocomplete label="Trainer" data={choices?.trainers ?? []} {...form.getInputProps('trainer')} />
            <TextInput
              label="Start date"
              type="date"
              max={firstCheckoffOn ?? undefined}
              description={
                firstCheckoffOn ? `Not after their first check-off (${formatDate(firstCheckoffOn)})` : undefined
              }
              {...form.getInputProps('startDate')}
            />
          </SimpleGrid>
          <Textarea label="Notes" mt="sm" autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
          <FormButtons
            onCancel={close}
            submitLabel={trainee ? 'Save changes' : 'Add trainee'}
            loading={create.isPending || update.isPending}
          />
        </form>
      </Modal>
    </>
  );
}
