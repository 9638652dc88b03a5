import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { targetOffered } from '../../../shared/framework/frameworkLevels';
import type { LevelKey } from '../../../shared/framework/levels';
import { useFrameworks } from '../api/frameworkQueries';

interface FrameworkTargetValues {
  frameworkId: string;
  targetLevel: LevelKey;
}

/** The levels of the chosen framework, for the target field; undefined until one is chosen. */
export function useChosenLevels(frameworkId: string): readonly LevelKey[] | undefined {
  const frameworks = useFrameworks();
  return frameworks.data?.find((f) => f.id === frameworkId)?.levels;
}

/**
 * The framework field of a plan form. Choosing a framework that lacks the target chosen so far moves the
 * target to its nearest level, so the form never holds a target the framework cannot have.
 */
export function FrameworkSelect<T extends FrameworkTargetValues>({
  form,
  heldFrameworkIds = [],
}: {
  form: UseFormReturnType<T>;
  /** Frameworks the trainee already has a plan on: shown, not offered. */
  heldFrameworkIds?: readonly string[];
}) {
  const frameworks = useFrameworks();
  const options = (frameworks.data ?? []).map((f) => ({
    value: f.id,
    label: `${f.title} (${f.code === null ? `version ${f.version}` : `${f.code}, ${f.version}`})`,
    disabled: heldFrameworkIds.includes(f.id),
  }));
  const choose = (frameworkId: string | null): void => {
    const next = frameworks.data?.find((f) => f.id === frameworkId)?.levels;
    const values: Partial<FrameworkTargetValues> = {
      frameworkId: frameworkId ?? '',
      ...(next ? { targetLevel: targetOffered(next, form.values.targetLevel) } : {}),
    };
    form.setValues(values as Partial<T>);
  };
  return (
    <Select
      label="Framework"
      withAsterisk
      searchable
      data={options}
      {...form.getInputProps('frameworkId')}
      onChange={choose}
    />
  );
}
