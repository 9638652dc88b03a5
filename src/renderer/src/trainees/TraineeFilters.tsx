import { Group } from '@mantine/core';
import type { ComponentProps } from 'react';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import { distinctValues, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import type { TraineeRow } from '../../../shared/trainees/traineeViews';
import { FilterFields, type FilterChoices } from './FilterFields';

export type { FilterChoices } from './FilterFields';

function choicesFrom(rows: readonly TraineeRow[]): FilterChoices {
  return {
    teams: distinctValues(rows, (r) => r.team),
    sites: distinctValues(rows, (r) => r.site),
    trainers: distinctValues(rows, (r) => r.trainer),
  };
}

/**
 * The team, site and trainer menus offer `choices` (what the main process found among all trainees), or,
 * where the caller holds every row anyway (the cohort report), the values found in `rows`.
 */
export function TraineeFilters({
  frameworks,
  filter,
  onChange,
  severalStatuses,
  ...source
}: ({ choices: FilterChoices } | { rows: TraineeRow[] }) & {
  frameworks: FrameworkSummary[];
  filter: TraineeFilter;
  onChange: (filter: TraineeFilter) => void;
  severalStatuses?: ComponentProps<typeof FilterFields>['severalStatuses'];
}) {
  const choices = 'choices' in source ? source.choices : choicesFrom(source.rows);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" data-testid="trainee-filters">
      <FilterFields
        choices={choices}
        filter={filter}
        onChange={onChange}
        frameworks={frameworks}
        severalStatuses={severalStatuses}
      />
    </Group>
  );
}
