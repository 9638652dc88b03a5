import { STATUS_FILTER_LABELS, type StatusFilter, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import { FilterFields, type FilterChoices } from '../trainees/FilterFields';

/** A status filter here is about plans: trainees without one have no row in the matrix to show. */
const STATUSES = (Object.keys(STATUS_FILTER_LABELS) as StatusFilter[]).filter((s) => s !== 'no_plan');

/**
 * The trainees list's filters with the same meanings; the framework is chosen beside them, as the
 * matrix's own columns.
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
  return <FilterFields choices={choices} filter={filter} onChange={onChange} statuses={STATUSES} size="compact" />;
}
