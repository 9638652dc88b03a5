import { Group, Select, Switch, TextInput } from '@mantine/core';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import {
  distinctValues,
  STATUS_FILTER_LABELS,
  type StatusFilter,
  type TraineeFilter,
} from '../../../shared/trainees/traineeFilter';
import type { TraineePage } from '../../../shared/trainees/traineeQuery';
import type { TraineeRow } from '../../../shared/trainees/traineeViews';

export type FilterChoices = TraineePage['choices'];

function options(values: string[]) {
  return values.map((v) => ({ value: v, label: v }));
}

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
  ...source
}: ({ choices: FilterChoices } | { rows: TraineeRow[] }) & {
  frameworks: FrameworkSummary[];
  filter: TraineeFilter;
  onChange: (filter: TraineeFilter) => void;
}) {
  const choices = 'choices' in source ? source.choices : choicesFrom(source.rows);
  const set = (patch: Partial<TraineeFilter>): void => onChange({ ...filter, ...patch });
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" data-testid="trainee-filters">
      <TextInput
        label="Search"
        placeholder="Name or ID"
        value={filter.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
        w={200}
        type="search"
      />
      <Select
        label="Team"
        placeholder="Any team"
        clearable
        data={options(choices.teams)}
        value={filter.team}
        onChange={(team) => set({ team })}
        w={160}
      />
      <Select
        label="Site"
        placeholder="Any site"
        clearable
        data={options(choices.sites)}
        value={filter.site}
        onChange={(site) => set({ site })}
        w={150}
      />
      <Select
        label="Trainer"
        placeholder="Any trainer"
        clearable
        data={options(choices.trainers)}
        value={filter.trainer}
        onChange={(trainer) => set({ trainer })}
        w={170}
      />
      <Select
        label="Framework"
        placeholder="Any framework"
        clearable
        data={frameworks.map((f) => ({ value: f.id, label: `${f.title} (${f.version})` }))}
        value={filter.frameworkId}
        onChange={(frameworkId) => set({ frameworkId })}
        w={220}
        comboboxProps={{ width: 360 }}
      />
      <Select
        label="Status"
        placeholder="Any status"
        clearable
        data={(Object.keys(STATUS_FILTER_LABELS) as StatusFilter[]).map((s) => ({
          value: s,
          label: STATUS_FILTER_LABELS[s],
        }))}
        value={filter.status}
        onChange={(status) => set({ status })}
        w={150}
      />
      <Switch
        label="Show archived"
        checked={filter.includeArchived}
        onChange={(e) => set({ includeArchived: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
