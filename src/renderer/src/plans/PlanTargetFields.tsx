import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { formatDate } from '../../../shared/dates';
import { LEVEL_KEYS, LEVEL_LABELS, type LevelKey } from '../../../shared/framework/levels';
import { planStartProblem, type PlanStartLimits } from '../../../shared/plans/planDates';

export interface PlanTargetValues {
  targetLevel: LevelKey;
  targetDate: string;
  startDate: string;
}

export const LEVEL_OPTIONS = LEVEL_KEYS.map((key) => ({ value: key, label: LEVEL_LABELS[key] }));

/** The target choices: only the levels the framework has statements at (all four until one is chosen). */
function targetOptions(levels: readonly LevelKey[] | undefined) {
  return levels ? LEVEL_OPTIONS.filter((option) => levels.includes(option.value)) : LEVEL_OPTIONS;
}

/** Says which levels there are when the framework does not have all four. */
function levelsHint(levels: readonly LevelKey[] | undefined): string | undefined {
  if (!levels || levels.length === LEVEL_KEYS.length) return undefined;
  const names = levels.map((key) => LEVEL_LABELS[key]).join(', ');
  return levels.length === 1 ? `This framework has one level: ${names}` : `This framework has the levels ${names}`;
}

/** The start date rule, as a form error on `startDate` (main refuses the same dates). */
export function startDateErrors(values: PlanTargetValues, limits: PlanStartLimits): Record<string, string> {
  const problem = values.startDate ? planStartProblem(values.startDate, limits) : null;
  return problem ? { startDate: problem } : {};
}

/** Says beside the field which dates limit the start, before the trainer picks one. */
function startHint(limits: PlanStartLimits): string | undefined {
  const parts = [
    limits.traineeStart && `not before ${limits.traineeName} started (${formatDate(limits.traineeStart)})`,
    limits.firstCheckoffOn && `not after the first check-off (${formatDate(limits.firstCheckoffOn)})`,
  ].filter(Boolean);
  if (parts.length === 0) return undefined;
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function PlanTargetFields<T extends PlanTargetValues>({
  form,
  limits,
  levels,
  withStart = true,
}: {
  form: UseFormReturnType<T>;
  limits?: PlanStartLimits;
  /** The chosen framework's levels; a level it has no statements at cannot be a target. */
  levels?: readonly LevelKey[] | undefined;
  /** False where the form asks for the start its own way (the list's bulk Assign plan). */
  withStart?: boolean;
}) {
  return (
    <>
      <Select
        label="Target level"
        withAsterisk
        description={levelsHint(levels)}
        data={targetOptions(levels)}
        allowDeselect={false}
        {...form.getInputProps('targetLevel')}
      />
      <TextInput label="Target date" type="date" description="Optional" {...form.getInputProps('targetDate')} />
      {withStart && (
        <TextInput
          label="Start date"
          type="date"
          withAsterisk
          min={limits?.traineeStart ?? undefined}
          max={limits?.firstCheckoffOn ?? undefined}
          description={limits && startHint(limits)}
          {...form.getInputProps('startDate')}
        />
      )}
    </>
  );
}
