import { Select, Switch, TextInput } from '@mantine/core';
import { STATUS_FILTER_LABELS, type StatusFilter, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import type { FilterChoices } from '../trainees/TraineeFilters';

const options = (values: string[]) => values.map((v) => ({ value: v, label: v }));

/** A status filter here is about plans: trainees without one have no row in the matrix to show. */
const STATUSES = (Object.keys(STATUS_FILTER_LABELS) as StatusFilter[]).filter((s) => s !== 'no_plan');

/**
 * The trainees list's filters (search, team, site, trainer, status, archived), with the same meanings; the
 * framework is chosen beside them, as the matrix's own columns.
 */
export function MatrixFilters({
  choices,
  filter,
  onChange,
}: {
  choices: FilterChoices;
  filter: TraineeFilter;
  onChange: (filter: TraineeFilter) => void;
}) {
  const set = (patch: Partial<TraineeFilter>): void => onChange({ ...filter, ...patch });
  return (
    <>
      <TextInput
        label="Search"
        placeholder="Name or ID"
        value={filter.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
        w={150}
        type="search"
      />
      <Select
        label="Team"
        placeholder="Any team"
        clearable
        data={options(choices.teams)}
        value={filter.team}
        onChange={(team) => set({ team })}
        w={130}
      />
      <Select
        label="Site"
        placeholder="Any site"
        clearable
        data={options(choices.sites)}
        value={filter.site}
        onChange={(site) => set({ site })}
        w={120}
      />
      <Select
        label="Trainer"
        placeholder="Any trainer"
        clearable
        data={options(choices.trainers)}
        value={filter.trainer}
        onChange={(trainer) => set({ trainer })}
        w={140}
      />
      <Select
        label="Status"
        placeholder="Any status"
        clearable
        data={STATUSES.map((s) => ({ value: s, label: STATUS_FILTER_LABELS[s] }))}
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
    </>
  );
}
