import type { ReactNode } from 'react';
import { Alert, Box, Button, Card, Group, Kbd, Text, Textarea, TextInput, Title } from '@mantine/core';
import { MAX_EVIDENCE_CHARS, type CheckoffFields } from '../../../shared/checkoffs/checkoffFields';
import type { IsoDate } from '../../../shared/dates';
import { useReadOnly } from '../layout/useReadOnly';
import { MovePlanStartOffer } from '../plans/MovePlanStartOffer';

/** Plans that start after the date chosen, and what moves their start to it and signs off. */
export interface StartFix {
  date: IsoDate;
  names: string[];
  onMove: () => Promise<void>;
}

export type FieldErrors = Partial<Record<keyof CheckoffFields, string>>;

/** Step 3: one date, assessor and evidence note for the whole group, and Save. */
export function SignoffDetails({
  fields,
  errors,
  today,
  dateProblem,
  startFix,
  hint,
  outcome,
  canSave,
  saving,
  onChange,
  onSave,
}: {
  fields: CheckoffFields;
  errors: FieldErrors;
  today: string;
  /** Why the date does not suit some chosen trainees, shown before saving. */
  dateProblem: string | null;
  /** When moving some plans' start would let the date through: the offer to do so. */
  startFix: StartFix | null;
  /** What Sign off will do, or what is still missing. */
  hint: string;
  /** What the last sign-off did, with its Undo: shown here, where the trainer clicked. */
  outcome: ReactNode;
  canSave: boolean;
  saving: boolean;
  onChange: (fields: CheckoffFields) => void;
  onSave: () => void;
}) {
  const lock = useReadOnly();
  return (
    <Card withBorder component="section" aria-labelledby="signoff-step-3">
      <Title order={3} size="h4" id="signoff-step-3" mb="sm">
        3. Date, assessor and evidence
      </Title>
      <form
        noValidate
        data-testid="signoff-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <Group grow align="flex-start">
          <TextInput
            label="Date achieved"
            type="date"
            max={today}
            withAsterisk
            value={fields.achievedOn}
            error={errors.achievedOn}
            onChange={(e) => onChange({ ...fields, achievedOn: e.currentTarget.value })}
          />
          <TextInput
            label="Assessor"
            withAsterisk
            value={fields.assessor}
            error={errors.assessor}
            onChange={(e) => onChange({ ...fields, assessor: e.currentTarget.value })}
          />
        </Group>
        <Textarea
          mt="sm"
          label="Evidence note"
          description={`Optional; the same note goes on every check-off. ${fields.note.length.toLocaleString('en')} / ${MAX_EVIDENCE_CHARS.toLocaleString('en')} characters`}
          autosize
          minRows={2}
          maxRows={6}
          value={fields.note}
          error={errors.note}
          onChange={(e) => onChange({ ...fields, note: e.currentTarget.value })}
        />
        {dateProblem && (
          <Alert color="red" mt="sm" role="alert" data-testid="signoff-date-problem">
            {dateProblem}
          </Alert>
        )}
        {startFix && !lock.readOnly && (
          <MovePlanStartOffer
            date={startFix.date}
            whose={
              startFix.names.length === 1
                ? `${startFix.names[0] ?? ''}’s plan start`
                : `the plan start of these ${String(startFix.names.length)} trainees`
            }
            actionLabel="sign off"
            onMove={startFix.onMove}
          />
        )}
        <Group justify="space-between" mt="md">
          <Text size="sm" c="dimmed">
            {hint} <Kbd>Ctrl</Kbd> + <Kbd>Enter</Kbd> saves.
          </Text>
          <Button type="submit" loading={saving} disabled={!canSave || lock.readOnly} title={lock.why ?? undefined}>
            Sign off
          </Button>
        </Group>
        <Box mt="sm">{outcome}</Box>
      </form>
    </Card>
  );
}
