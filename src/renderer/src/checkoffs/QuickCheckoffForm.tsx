import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { useEffect } from 'react';
import { earliestCheckoffDate, planStartFix, type CheckoffDateLimits } from '../../../shared/checkoffs/checkoffDates';
import {
  checkoffFieldsSchema,
  type CheckoffFields,
  type RemovedCheckoff,
} from '../../../shared/checkoffs/checkoffFields';
import { formatDate, type IsoDate } from '../../../shared/dates';
import { checkoffFormSchema } from '../../../shared/checklist/checkoffFormRules';
import { MovePlanStartOffer } from '../plans/MovePlanStartOffer';

/** "3 Mar 2026, Bo Berg, 'welded seam test'": a removed check-off as the restore offer quotes it. */
export function describeRemoved(removed: CheckoffFields): string {
  return [formatDate(removed.achievedOn), removed.assessor, removed.note ? `‘${removed.note}’` : '']
    .filter((part) => part !== '')
    .join(', ');
}

/**
 * The note (and date and assessor) of a check-off that was just ticked, right beside the tick: Enter (or
 * Ctrl+Enter) saves them as an edit of the check-off; Escape, or a click elsewhere, keeps the tick as it is.
 */
export function QuickCheckoffForm({
  initial,
  limits,
  removed,
  onSave,
  onRestore,
  onMovePlanStart,
  onDirtyChange,
}: {
  initial: CheckoffFields;
  limits: CheckoffDateLimits;
  /** The check-off last removed from this statement, offered back when it differs from this one. */
  removed: RemovedCheckoff | undefined;
  onSave: (fields: CheckoffFields) => void;
  onRestore: (fields: CheckoffFields) => void;
  /** Moves the plan's start to a date; resolves to whether it moved. */
  onMovePlanStart?: (date: IsoDate) => Promise<boolean>;
  /** Whether anything was typed: the popover then asks before Escape drops it. */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const form = useForm<CheckoffFields>({
    mode: 'controlled',
    initialValues: initial,
    validate: schemaResolver(checkoffFormSchema(limits), { sync: true }),
    // The date's limits are said as soon as a date is picked, not only when saving.
    validateInputOnChange: ['achievedOn'],
  });
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  // A date before the plan's start may be the truth (the plan was dated too late): offer to move the start.
  const fix = onMovePlanStart && form.values.achievedOn ? planStartFix(form.values.achievedOn, limits) : null;
  const moveAndSave = async (date: IsoDate): Promise<void> => {
    if (!checkoffFieldsSchema.safeParse(form.values).success) {
      form.validate();
      return;
    }
    const values = form.values;
    if (await onMovePlanStart?.(date)) {
      onSave(values);
    }
  };
  const submit = form.onSubmit((values) => onSave(values));
  const offer =
    removed &&
    (removed.achievedOn !== initial.achievedOn ||
      removed.assessor !== initial.assessor ||
      removed.note !== initial.note)
      ? { achievedOn: removed.achievedOn, assessor: removed.assessor, note: removed.note }
      : null;
  return (
    <form
      noValidate
      onSubmit={submit}
      onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}
      data-testid="quick-checkoff"
    >
      <Stack gap="xs">
        {offer && (
          <Group gap="xs" wrap="nowrap" data-testid="restore-offer">
            <Text size="sm">Restore the earlier check-off: {describeRemoved(offer)}?</Text>
            <Button size="compact-sm" variant="light" style={{ flexShrink: 0 }} onClick={() => onRestore(offer)}>
              Restore
            </Button>
          </Group>
        )}
        <TextInput label="Evidence note" placeholder="Optional" data-autofocus {...form.getInputProps('note')} />
        <Group grow align="flex-start" gap="xs">
          <TextInput
            label="Date achieved"
            type="date"
            min={onMovePlanStart ? (limits.traineeStart ?? undefined) : earliestCheckoffDate(limits)}
            max={limits.today}
            {...form.getInputProps('achievedOn')}
          />
          <TextInput label="Assessor" placeholder="Not recorded" {...form.getInputProps('assessor')} />
        </Group>
        {fix && (
          <MovePlanStartOffer date={fix} whose="this plan’s start" actionLabel="save" onMove={() => moveAndSave(fix)} />
        )}
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            Enter saves · Esc keeps the tick as it is
          </Text>
          <Button size="compact-sm" type="submit">
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
