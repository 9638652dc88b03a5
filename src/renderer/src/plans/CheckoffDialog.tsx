import { Button, Group, Modal, Text, Textarea, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect } from 'react';
import type { z } from 'zod';
import {
  checkoffFieldsSchema,
  FUTURE_DATE_MESSAGE,
  MAX_EVIDENCE_CHARS,
  type CheckoffFields,
} from '../../../shared/checkoffs/checkoffFields';
import { todayIso } from '../../../shared/dates';

/** The same rules as the main process, plus "not in the future" by this computer's calendar. */
function dialogSchema(today: string) {
  return checkoffFieldsSchema.extend({
    achievedOn: checkoffFieldsSchema.shape.achievedOn.refine((d) => d <= today, FUTURE_DATE_MESSAGE),
  }) satisfies z.ZodType<CheckoffFields>;
}

export function CheckoffDialog({
  opened,
  title,
  description,
  initial,
  confirmLabel,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  title: string;
  description?: string;
  initial: CheckoffFields;
  confirmLabel: string;
  onSubmit: (fields: CheckoffFields) => void;
  onClose: () => void;
}) {
  const today = todayIso();
  const form = useForm<CheckoffFields>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaResolver(dialogSchema(today), { sync: true }),
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
        onSubmit={form.onSubmit((values) => {
          onSubmit(values);
          onClose();
        })}
      >
        <Group grow align="flex-start">
          <TextInput label="Date achieved" type="date" max={today} withAsterisk {...form.getInputProps('achievedOn')} />
          <TextInput label="Assessor" withAsterisk {...form.getInputProps('assessor')} />
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
          <Button type="submit" data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
