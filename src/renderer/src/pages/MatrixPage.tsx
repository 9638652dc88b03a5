import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { Navigate } from 'react-router';
import { DEFAULT_MATRIX_SORT } from '../../../shared/overview/matrix';
import { NO_FILTER, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import { errorMessage } from '../api/client';
import { useFrameworks } from '../api/frameworkQueries';
import { ExportMenu } from '../exports/ExportMenu';
import { MatrixBody } from '../matrix/MatrixBody';
import { MatrixFilters } from '../matrix/MatrixFilters';
import { MatrixLegend } from '../matrix/MatrixLegend';
import { withView, type MatrixState } from '../../../shared/matrix/matrixParams';
import { useFilterChoices, useFrameworkMatrix, useOverviewMatrix } from '../matrix/matrixQueries';
import { MatrixToolbar } from '../matrix/MatrixToolbar';
import { sortedColumnLabel } from '../../../shared/matrix/sortedColumnLabel';
import { useMatrixState } from '../matrix/useMatrixState';

const NO_CHOICES = { teams: [], sites: [], trainers: [] };
/** The search is sent once the trainer pauses typing, as on the trainees list. */
const SEARCH_PAUSE_MS = 200;

export function MatrixPage() {
  const { restoreTo } = useMatrixState();
  // Reached by the sidebar after leaving the matrix set up: back to how it was left.
  if (restoreTo !== null) return <Navigate to={{ search: restoreTo }} replace />;
  return <Matrix />;
}

function isFiltered(filter: TraineeFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof TraineeFilter)[]).some((k) => filter[k] !== NO_FILTER[k]);
}

function Matrix() {
  const { state, setState } = useMatrixState();
  const frameworks = useFrameworks();
  const choices = useFilterChoices();
  const [searchText, setSearchText] = useState(state.filter.search);
  const [pausedText] = useDebouncedValue(searchText, SEARCH_PAUSE_MS);
  // Every change carries the search as last paused, so a filter chosen mid-typing never drops it.
  const update = useCallback(
    (next: MatrixState) => setState({ ...next, filter: { ...next.filter, search: pausedText } }),
    [setState, pausedText],
  );
  useEffect(() => {
    if (pausedText !== state.filter.search) update(state);
    // Only a pause in typing writes the search.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pausedText]);

  const { view, filter, sort } = state;
  const overview = useOverviewMatrix(
    { filter, sort: view === 'overview' ? sort : DEFAULT_MATRIX_SORT },
    // The framework view with no framework chosen yet opens on the first one in use.
    view === 'overview' || state.frameworkId === null,
  );
  const frameworkId =
    state.frameworkId ??
    overview.data?.frameworks[0]?.id ??
    (overview.isFetched ? frameworks.data?.[0]?.id : null) ??
    null;
  const byFramework = useFrameworkMatrix(
    view === 'framework' && frameworkId !== null ? { frameworkId, filter, sort } : null,
  );
  const active = view === 'overview' ? overview : byFramework;
  const filtered = isFiltered(filter) || searchText !== '';
  const resetKey = JSON.stringify([view, frameworkId, filter, sort]);
  const busy = active.isFetching || searchText !== filter.search;

  const clearFilters = (): void => {
    setSearchText('');
    setState({ ...state, filter: NO_FILTER });
  };
  const shown = view === 'overview' ? overview.data?.rows.length : byFramework.data?.rows.length;
  const all = active.data?.all;

  return (
    <Stack flex={1} mih={0} gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Skills matrix</Title>
          <Text c="dimmed" size="sm" data-testid="matrix-count">
            {shown !== undefined && all !== undefined
              ? view === 'overview'
                ? `${String(shown)} of ${String(all)} trainees shown`
                : `${String(shown)} of ${String(all)} trainees shown: those with a plan on this framework`
              : ' '}
          </Text>
        </div>
        <Group gap="sm">
          {filtered && (
            <Button variant="default" onClick={clearFilters}>
              Clear filters
            </Button>
          )}
          <ExportMenu
            request={{
              kind: 'matrix',
              input: { view, frameworkId: view === 'framework' ? frameworkId : null, filter, sort },
            }}
          />
        </Group>
      </Group>
      {/* One flowing row of controls: on a narrow window they wrap, leaving the grid as much height as can be. */}
      <Group gap="sm" align="flex-end" wrap="wrap" data-testid="matrix-filters">
        <MatrixToolbar
          state={state}
          frameworkId={frameworkId}
          frameworks={frameworks.data ?? []}
          columnLabel={sortedColumnLabel(sort, view === 'overview' ? overview.data : byFramework.data)}
          onView={(nextView, id) => update(withView(state, nextView, id))}
          onSort={(next) => update({ ...state, sort: next })}
          onCollapsed={(collapsed) => update({ ...state, collapsed })}
        />
        <MatrixFilters
          choices={choices.data ?? NO_CHOICES}
          filter={{ ...filter, search: searchText }}
          onChange={(next) => {
            if (next.search !== searchText) setSearchText(next.search);
            else update({ ...state, filter: next });
          }}
        />
      </Group>
      <MatrixLegend view={view} />
      {active.isPending && active.fetchStatus !== 'idle' && <Loader aria-label="Loading the matrix" />}
      {active.error && (
        <Alert color="red" title="The matrix could not be shown">
          {errorMessage(active.error)}
        </Alert>
      )}
      <MatrixBody
        state={state}
        frameworkId={frameworkId}
        filtered={filtered}
        overview={view === 'overview' ? overview.data : undefined}
        byFramework={view === 'framework' ? byFramework.data : undefined}
        busy={busy}
        resetKey={resetKey}
        onChange={update}
        onClearFilters={clearFilters}
      />
    </Stack>
  );
}
