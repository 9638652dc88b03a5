import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { NO_FILTER, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import { noTraineeMatches } from '../../../shared/trainees/traineeSearch';
import { call, errorMessage } from '../api/client';
import { useFrameworks } from '../api/frameworkQueries';
import { ExportMenu } from '../exports/ExportMenu';
import { useReadOnly } from '../layout/useReadOnly';
import { RosterImportModal } from '../roster/RosterImportModal';
import { TraineeFilters, type FilterChoices } from '../trainees/TraineeFilters';
import { TraineeFormModal } from '../trainees/TraineeFormModal';
import { BulkActions } from '../trainees/BulkActions';
import { clickRow, NO_SELECTION, selectAll } from '../../../shared/trainees/rowSelection';
import { TraineeTable, type Sort, type TableSelection } from '../trainees/TraineeTable';
import { rememberListState, useListState } from '../trainees/useListState';
import { useTraineePages, type RowRange } from '../trainees/useTraineePages';

const NO_CHOICES: FilterChoices = { teams: [], sites: [], trainers: [] };

/** Typing in the search box asks the main process once the trainer pauses, not at every key. */
const SEARCH_PAUSE_MS = 200;

export function TraineesPage() {
  const { restoreTo } = useListState();
  // Reached as a plain `/trainees` after leaving the list filtered: back to those filters, in place of this entry.
  if (restoreTo !== null) return <Navigate to={{ search: restoreTo }} replace />;
  return <TraineesList />;
}

function TraineesList() {
  const locked = useReadOnly().controls;
  const frameworks = useFrameworks();
  const navigate = useNavigate();
  const {
    state: { filter, sort },
    setState,
  } = useListState();
  // The search box answers every key at once; the address (and so the query) takes the text once the
  // trainer pauses. Written to the address at every key, a fast typist's keys could overtake the
  // address update and be lost. While the list is shown, the box is where the search lives: every
  // write to the address carries its paused text.
  const [searchText, setSearchText] = useState(filter.search);
  const [pausedText] = useDebouncedValue(searchText, SEARCH_PAUSE_MS);
  const setFilter = useCallback(
    (next: TraineeFilter) => setState({ filter: { ...next, search: pausedText }, sort }),
    [setState, sort, pausedText],
  );
  const setSort = useCallback(
    (next: Sort) => setState({ filter: { ...filter, search: pausedText }, sort: next }),
    [setState, filter, pausedText],
  );
  useEffect(() => {
    if (pausedText !== filter.search) setFilter(filter);
    // Only a pause in typing writes the search; the address changing otherwise must not write it back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pausedText]);
  const onFiltersChange = useCallback(
    (next: TraineeFilter) => {
      if (next.search !== searchText) setSearchText(next.search);
      else setFilter(next);
    },
    [searchText, setFilter],
  );
  // A trainer who types a name and opens a trainee at once leaves before the pause: keep what was typed.
  const unsaved = useRef({ searchText, filter, sort });
  useEffect(() => {
    unsaved.current = { searchText, filter, sort };
  }, [searchText, filter, sort]);
  useEffect(
    () => () => {
      const last = unsaved.current;
      if (last.searchText !== last.filter.search) {
        rememberListState({ filter: { ...last.filter, search: last.searchText }, sort: last.sort });
      }
    },
    [],
  );
  const clearFilters = useCallback(() => {
    setSearchText('');
    setState({ filter: NO_FILTER, sort });
  }, [setState, sort]);
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const filtered =
    searchText !== '' || (Object.keys(NO_FILTER) as (keyof TraineeFilter)[]).some((k) => filter[k] !== NO_FILTER[k]);

  const search = filter.search;
  const queryFilter = filter;
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

  // Ticked rows belong to the list they were ticked in: other filters or another sort start with none.
  const [ticked, setTicked] = useState({ viewKey, selection: NO_SELECTION });
  const selection = ticked.viewKey === viewKey ? ticked.selection : NO_SELECTION;
  const { rowAt } = list;
  const tableSelection = useMemo<TableSelection>(
    () => ({
      ids: selection.ids,
      onRow: (index, shift) =>
        setTicked({ viewKey, selection: clickRow(selection, index, (i) => rowAt(i)?.id, shift) }),
      onAll: (on) => {
        if (!on) setTicked({ viewKey, selection: NO_SELECTION });
        // Every trainee the filters match, not only the rows loaded so far.
        else
          void call('trainees:matching-ids', { filter }).then((ids) =>
            setTicked({ viewKey, selection: selectAll(ids) }),
          );
      },
    }),
    [selection, viewKey, rowAt, filter],
  );
  const clearSelection = useCallback(() => setTicked({ viewKey, selection: NO_SELECTION }), [viewKey]);

  // The page fills the window and no more: the table scrolls its rows itself (it draws only those in
  // view), so the page around it must not scroll as well.
  return (
    <Stack flex={1} mih={0}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Trainees</Title>
          <Text c="dimmed" size="sm" data-testid="trainee-count">
            {summary ? `${summary.total} of ${summary.all} trainees shown` : ' '}
          </Text>
        </div>
        <Group gap="sm">
          {/* Filters now outlive visits and reloads, so there is one click back to the whole list. */}
          {filtered && (
            <Button variant="default" onClick={clearFilters}>
              Clear filters
            </Button>
          )}
          {/* The list as a file: the rows shown, in the order shown. Enabled in a read-only window too. */}
          {summary && summary.all > 0 && <ExportMenu request={{ kind: 'trainees', input: { filter, sort } }} />}
          <Button variant="default" onClick={() => setImporting(true)} {...locked}>
            Import people…
          </Button>
          <Button onClick={() => setAdding(true)} {...locked}>
            Add trainee
          </Button>
        </Group>
      </Group>
      <TraineeFilters
        choices={summary?.choices ?? NO_CHOICES}
        frameworks={frameworks.data ?? []}
        filter={{ ...filter, search: searchText }}
        onChange={onFiltersChange}
      />
      {selection.ids.size > 0 && (
        <BulkActions
          selected={[...selection.ids]}
          choices={summary?.choices ?? NO_CHOICES}
          locked={locked}
          onDone={clearSelection}
          onClear={clearSelection}
        />
      )}
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
      {/* Typed search or not, an empty answer says so in words rather than showing a bare header row. */}
      {summary && summary.all > 0 && summary.total === 0 && !list.updating && searchText === search && (
        <Text c="dimmed" data-testid="trainees-no-match">
          {search.trim() !== '' ? noTraineeMatches(search) : 'No trainee matches these filters.'}
        </Text>
      )}
      {summary && summary.all > 0 && (
        <TraineeTable
          total={summary.total}
          rowAt={list.rowAt}
          busy={list.updating || searchText !== search}
          sort={sort}
          onSort={setSort}
          viewKey={viewKey}
          onRowsInView={onRowsInView}
          selection={tableSelection}
        />
      )}
      <RosterImportModal opened={importing} onClose={() => setImporting(false)} />
      <TraineeFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(t) => void navigate(`/trainees/${t.id}`)}
      />
    </Stack>
  );
}
