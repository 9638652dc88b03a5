import { Button, Group, Modal, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { useEffect } from 'react';
import { earliestCheckoffDate, type CheckoffDateLimits } from '../../../shared/checkoffs/checkoffDates';
import { MAX_EVIDENCE_CHARS, type CheckoffFields } from '../../../shared/checkoffs/checkoffFields';
import { checkoffFormSchema } from '../../../shared/checklist/checkoffFormRules';

export function CheckoffDialog({
  opened,
  title,
  description,
  initial,
  limits,
  confirmLabel,
  onSubmit,
  onClose,
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
}) {
  const form = useForm<CheckoffFields>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaResolver(checkoffFormSchema(limits), { sync: true }),
    // The date's limits are said as soon as a date is picked, not only when saving.
    validateInputOnChange: ['achievedOn'],
  });
  const submit = form.onSubmit((values) => {
    onSubmit(values);
    onClose();
  });
  const { setValues } = form;
  useEffect(() => {
    if (opened) setValues(initial);
    // Reset only when the dialog opens, not while the trainer types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg">
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
            min={earliestCheckoffDate(limits)}
            max={limits.today}
            withAsterisk
            {...form.getInputProps('achievedOn')}
          />
          <TextInput label="Assessor" placeholder="Not recorded" {...form.getInputProps('assessor')} />
        </Group>
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
  );
}
