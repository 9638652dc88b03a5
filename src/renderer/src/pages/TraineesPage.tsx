import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { matchesFilter, NO_FILTER, sortRows, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import { errorMessage } from '../api/client';
import { useFrameworks } from '../api/frameworkQueries';
import { useTrainees } from '../api/traineeQueries';
import { TraineeFilters } from '../trainees/TraineeFilters';
import { TraineeFormModal } from '../trainees/TraineeFormModal';
import { TraineeTable, type Sort } from '../trainees/TraineeTable';

export function TraineesPage() {
  const trainees = useTrainees();
  const frameworks = useFrameworks();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<TraineeFilter>(NO_FILTER);
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'asc' });
  const [adding, setAdding] = useState(false);

  const rows = useMemo(() => trainees.data ?? [], [trainees.data]);
  const shown = useMemo(
    () =>
      sortRows(
        rows.filter((r) => matchesFilter(r, filter)),
        sort.key,
        sort.direction,
      ),
    [rows, filter, sort],
  );

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Trainees</Title>
          <Text c="dimmed" size="sm" data-testid="trainee-count">
            {trainees.data ? `${shown.length} of ${rows.length} trainees shown` : ' '}
          </Text>
        </div>
        <Button onClick={() => setAdding(true)}>Add trainee</Button>
      </Group>
      <TraineeFilters rows={rows} frameworks={frameworks.data ?? []} filter={filter} onChange={setFilter} />
      {trainees.isPending && <Loader aria-label="Loading trainees" />}
      {trainees.isError && (
        <Alert color="red" title="Trainees could not be loaded">
          {errorMessage(trainees.error)}
        </Alert>
      )}
      {trainees.data && rows.length === 0 && (
        <Alert color="blue" title="No trainees yet">
          Add your first apprentice with “Add trainee”, then give them a plan.
        </Alert>
      )}
      {trainees.data && rows.length > 0 && <TraineeTable rows={shown} sort={sort} onSort={setSort} />}
      <TraineeFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(t) => void navigate(`/trainees/${t.id}`)}
      />
    </Stack>
  );
}
