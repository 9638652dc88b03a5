import { MultiSelect, Select, Switch, TextInput } from '@mantine/core';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import { STATUS_FILTER_LABELS, type StatusFilter, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import type { TraineePage } from '../../../shared/trainees/traineeQuery';

export type FilterChoices = TraineePage['choices'];

const options = (values: string[]) => values.map((v) => ({ value: v, label: v }));

/** Team, site and trainer: each a menu of the values found among the trainees. */
const PLACES = [
  { key: 'team', label: 'Team', choicesKey: 'teams' },
  { key: 'site', label: 'Site', choicesKey: 'sites' },
  { key: 'trainer', label: 'Trainer', choicesKey: 'trainers' },
] as const;

const WIDTHS = {
  roomy: { search: 200, team: 160, site: 150, trainer: 170 },
  compact: { search: 150, team: 130, site: 120, trainer: 140 },
};

/**
 * The filter fields every view of the trainees shares (list, dashboard, matrix, cohort report), so a
 * filter means the same everywhere. Without `frameworks` there is no framework menu (the matrix chooses
 * its framework beside the grid); `statuses` narrows the status menu where some statuses cannot show.
 */
export function FilterFields({
  choices,
  filter,
  onChange,
  frameworks,
  statuses = Object.keys(STATUS_FILTER_LABELS) as StatusFilter[],
  size = 'roomy',
  severalStatuses,
}: {
  choices: FilterChoices;
  filter: TraineeFilter;
  onChange: (filter: TraineeFilter) => void;
  frameworks?: FrameworkSummary[];
  statuses?: StatusFilter[];
  size?: keyof typeof WIDTHS;
  /** Where several statuses can be chosen at once (the cohort report), they are kept here, not in `filter`. */
  severalStatuses?: { value: StatusFilter[]; onChange: (statuses: StatusFilter[]) => void };
}) {
  const set = (patch: Partial<TraineeFilter>): void => onChange({ ...filter, ...patch });
  const w = WIDTHS[size];
  return (
    <>
      <TextInput
        label="Search"
        placeholder="Name or ID"
        value={filter.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
        w={w.search}
        type="search"
      />
      {PLACES.map(({ key, label, choicesKey }) => (
        <Select
          key={key}
          label={label}
          placeholder={`Any ${label.toLowerCase()}`}
          clearable
          data={options(choices[choicesKey])}
          value={filter[key]}
          onChange={(value) => set({ [key]: value })}
          w={w[key]}
        />
      ))}
      {frameworks && (
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
      )}
      {severalStatuses ? (
        <MultiSelect
          label="Status"
          placeholder={severalStatuses.value.length === 0 ? 'Any status' : undefined}
          clearable
          data={statuses.map((s) => ({ value: s, label: STATUS_FILTER_LABELS[s] }))}
          value={severalStatuses.value}
          onChange={(values) => severalStatuses.onChange(statuses.filter((s) => values.includes(s)))}
          w={260}
        />
      ) : (
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={statuses.map((s) => ({ value: s, label: STATUS_FILTER_LABELS[s] }))}
          value={filter.status}
          onChange={(status) => set({ status })}
          w={150}
        />
      )}
      <Switch
        label="Show archived"
        checked={filter.includeArchived}
        onChange={(e) => set({ includeArchived: e.currentTarget.checked })}
        mb={8}
      />
    </>
  );
}
