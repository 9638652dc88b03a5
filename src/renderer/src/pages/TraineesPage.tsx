import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { NO_FILTER, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import { errorMessage } from '../api/client';
import { useFrameworks } from '../api/frameworkQueries';
import { TraineeFilters, type FilterChoices } from '../trainees/TraineeFilters';
import { TraineeFormModal } from '../trainees/TraineeFormModal';
import { TraineeTable, type Sort } from '../trainees/TraineeTable';
import { useTraineePages, type RowRange } from '../trainees/useTraineePages';

const NO_CHOICES: FilterChoices = { teams: [], sites: [], trainers: [] };

/** Filters and sort outlive a visit to a trainee's page (not a reload): the list is as the trainer left it. */
const remembered: { filter: TraineeFilter; sort: Sort } = {
  filter: NO_FILTER,
  sort: { key: 'name', direction: 'asc' },
};

/** Typing in the search box asks the main process once the trainer pauses, not at every key. */
const SEARCH_PAUSE_MS = 200;

export function TraineesPage() {
  const frameworks = useFrameworks();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<TraineeFilter>(remembered.filter);
  const [sort, setSort] = useState<Sort>(remembered.sort);
  const [adding, setAdding] = useState(false);
  useEffect(() => {
    remembered.filter = filter;
    remembered.sort = sort;
  }, [filter, sort]);

  const [search] = useDebouncedValue(filter.search, SEARCH_PAUSE_MS);
  const queryFilter = useMemo(() => ({ ...filter, search }), [filter, search]);
  const viewKey = JSON.stringify([queryFilter, sort]);

  // The rows the table draws, for the filters they were drawn with. When the filters change the table
  // goes back to the top, so until it says otherwise the same number of rows is asked for from there.
  const [inView, setInView] = useState({ viewKey, first: 0, last: 0 });
  const rows: RowRange = inView.viewKey === viewKey ? inView : { first: 0, last: inView.last - inView.first };
  const onRowsInView = useCallback(
    ({ first, last }: RowRange) =>
      setInView((prev) =>
        prev.viewKey === viewKey && prev.first === first && prev.last === last ? prev : { viewKey, first, last },
      ),
    [viewKey],
  );

  const list = useTraineePages(queryFilter, sort, rows);
  const { summary } = list;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Trainees</Title>
          <Text c="dimmed" size="sm" data-testid="trainee-count">
            {summary ? `${summary.total} of ${summary.all} trainees shown` : ' '}
          </Text>
        </div>
        <Button onClick={() => setAdding(true)}>Add trainee</Button>
      </Group>
      <TraineeFilters
        choices={summary?.choices ?? NO_CHOICES}
        frameworks={frameworks.data ?? []}
        filter={filter}
        onChange={setFilter}
      />
      {list.isPending && <Loader aria-label="Loading trainees" />}
      {list.error && (
        <Alert color="red" title="Trainees could not be loaded">
          {errorMessage(list.error)}
        </Alert>
      )}
      {summary && summary.all === 0 && (
        <Alert color="blue" title="No trainees yet">
          Add your first apprentice with “Add trainee”, then give them a plan.
        </Alert>
      )}
      {summary && summary.all > 0 && (
        <TraineeTable
          total={summary.total}
          rowAt={list.rowAt}
          busy={list.updating || search !== filter.search}
          sort={sort}
          onSort={setSort}
          viewKey={viewKey}
          onRowsInView={onRowsInView}
        />
      )}
      <TraineeFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(t) => void navigate(`/trainees/${t.id}`)}
      />
    </Stack>
  );
}
