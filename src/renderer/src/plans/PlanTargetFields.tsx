import { Select, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LEVEL_KEYS, LEVEL_LABELS, type LevelKey } from '../../../shared/framework/levels';

export interface PlanTargetValues {
  targetLevel: LevelKey;
  targetDate: string;
  startDate: string;
}

export const LEVEL_OPTIONS = LEVEL_KEYS.map((key) => ({ value: key, label: LEVEL_LABELS[key] }));

export function PlanTargetFields<T extends PlanTargetValues>({ form }: { form: UseFormReturnType<T> }) {
  return (
    <>
      <Select
        label="Target level"
        withAsterisk
        data={LEVEL_OPTIONS}
        allowDeselect={false}
        {...form.getInputProps('targetLevel')}
      />
      <TextInput label="Target date" type="date" description="Optional" {...form.getInputProps('targetDate')} />
      <TextInput label="Start date" type="date" withAsterisk {...form.getInputProps('startDate')} />
    </>
  );
}
