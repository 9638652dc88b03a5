import { Button, Group, Modal, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { useEffect } from 'react';
import { earliestCheckoffDate, planStartFix, type CheckoffDateLimits } from '../../../shared/checkoffs/checkoffDates';
import {
  checkoffFieldsSchema,
  MAX_EVIDENCE_CHARS,
  type CheckoffFields,
} from '../../../shared/checkoffs/checkoffFields';
import { checkoffFormSchema } from '../../../shared/checklist/checkoffFormRules';
import type { IsoDate } from '../../../shared/dates';
import { useGuardedClose } from '../components/useGuardedClose';
import { MovePlanStartOffer } from './MovePlanStartOffer';

export function CheckoffDialog({
  opened,
  title,
  description,
  initial,
  limits,
  confirmLabel,
  onSubmit,
  onClose,
  onMovePlanStart,
}: {
  opened: boolean;
  title: string;
  description?: string;
  initial: CheckoffFields;
  /** What limits the date: the same rule the main process applies. */
  limits: CheckoffDateLimits;
  confirmLabel: string;
  onSubmit: (fields: CheckoffFields) => void;
  onClose: () => void;
  /** Moves the plan's start to a date; resolves to whether it moved. */
  onMovePlanStart?: (date: IsoDate) => Promise<boolean>;
}) {
  const form = useForm<CheckoffFields>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaResolver(checkoffFormSchema(limits), { sync: true }),
    // The date's limits are said as soon as a date is picked, not only when saving.
    validateInputOnChange: ['achievedOn'],
  });
  // A date before the plan's start may be the truth (the plan was dated too late): offer to move the start.
  const fix = onMovePlanStart && form.values.achievedOn ? planStartFix(form.values.achievedOn, limits) : null;
  const moveAndSave = async (date: IsoDate): Promise<void> => {
    if (!checkoffFieldsSchema.safeParse(form.values).success) {
      form.validate();
      return;
    }
    const values = form.values;
    if (await onMovePlanStart?.(date)) {
      onSubmit(values);
      onClose();
    }
  };
  const submit = form.onSubmit((values) => {
    onSubmit(values);
    onClose();
  });
  const { setValues, resetDirty } = form;
  const guard = useGuardedClose(opened && form.isDirty(), onClose);
  useEffect(() => {
    if (!opened) return;
    setValues(initial);
    resetDirty(initial);
    // Reset only when the dialog opens, not while the trainer types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  return (
    <>
      {guard.question}
      <Modal opened={opened} onClose={guard.requestClose} title={title} centered size="lg">
        {description && (
          <Text size="sm" mb="sm">
            {description}
          </Text>
        )}
        <form
          noValidate
          data-testid="checkoff-form"
          onSubmit={submit}
          // Ctrl+Enter saves from anywhere in the form, the evidence note included (where Enter is a new line).
          onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
        >
          <Group grow align="flex-start">
            <TextInput
              label="Date achieved"
              type="date"
              min={onMovePlanStart ? (limits.traineeStart ?? undefined) : earliestCheckoffDate(limits)}
              max={limits.today}
              withAsterisk
              {...form.getInputProps('achievedOn')}
            />
            <TextInput label="Assessor" placeholder="Not recorded" {...form.getInputProps('assessor')} />
          </Group>
          {fix && (
            <MovePlanStartOffer
              date={fix}
              whose="this plan’s start"
              actionLabel="save"
              onMove={() => moveAndSave(fix)}
            />
          )}
          <Textarea
            mt="sm"
            label="Evidence note"
            description={`Optional. ${form.values.note.length.toLocaleString('en')} / ${MAX_EVIDENCE_CHARS.toLocaleString('en')} characters`}
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps('note')}
          />
          <Group justify="flex-end" mt="lg">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" data-autofocus title="Ctrl+Enter">
              {confirmLabel}
            </Button>
          </Group>
        </form>
      </Modal>
    </>
  );
}
