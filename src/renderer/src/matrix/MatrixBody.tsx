import { Alert, Button } from '@mantine/core';
import type { LevelKey } from '../../../shared/framework/levels';
import type { FrameworkMatrix, OverviewMatrix } from '../../../shared/overview/matrix';
import { FrameworkMatrixGrid } from './FrameworkMatrixGrid';
import { withView, type MatrixState } from '../../../shared/matrix/matrixParams';
import { OverviewMatrixGrid } from './OverviewMatrixGrid';

function NoMatch({ what, onClearFilters }: { what: string; onClearFilters: () => void }) {
  return (
    <Alert color="blue" title="Nobody to show" data-testid="matrix-empty">
      {what}{' '}
      <Button variant="subtle" size="compact-sm" onClick={onClearFilters}>
        Clear filters
      </Button>
    </Alert>
  );
}

/** The grid of the chosen view, or in words why there is nothing to show. */
export function MatrixBody({
  state,
  frameworkId,
  filtered,
  overview,
  byFramework,
  busy,
  resetKey,
  onChange,
  onClearFilters,
}: {
  state: MatrixState;
  frameworkId: string | null;
  filtered: boolean;
  overview: OverviewMatrix | undefined;
  byFramework: FrameworkMatrix | undefined;
  busy: boolean;
  resetKey: string;
  onChange: (next: MatrixState) => void;
  onClearFilters: () => void;
}) {
  const onSort = (sort: MatrixState['sort']): void => onChange({ ...state, sort });
  if (state.view === 'overview') {
    if (!overview) return null;
    if (overview.all === 0)
      return (
        <Alert color="blue" title="No trainees yet" data-testid="matrix-empty">
          Add trainees and give them a plan: their skills then show here.
        </Alert>
      );
    if (overview.rows.length === 0)
      return <NoMatch what="No trainee matches these filters." onClearFilters={onClearFilters} />;
    if (overview.frameworks.length === 0)
      return (
        <Alert color="blue" title="No frameworks in use" data-testid="matrix-empty">
          None of the trainees shown has a plan yet. Give a trainee a plan on their page, and it shows here.
        </Alert>
      );
    return (
      <OverviewMatrixGrid
        matrix={overview}
        sort={state.sort}
        onSort={onSort}
        busy={busy}
        resetKey={resetKey}
        onOpenFramework={(id) => onChange(withView(state, 'framework', id))}
      />
    );
  }
  if (frameworkId === null)
    return (
      <Alert color="blue" title="No frameworks yet" data-testid="matrix-empty">
        Import a framework on the Frameworks page, then give trainees plans on it.
      </Alert>
    );
  if (!byFramework) return null;
  if (byFramework.rows.length === 0)
    return filtered ? (
      <NoMatch
        what={`No trainee with a plan on ${byFramework.framework.title} matches these filters.`}
        onClearFilters={onClearFilters}
      />
    ) : (
      <Alert color="blue" title="Nobody on this framework yet" data-testid="matrix-empty">
        No trainee has a plan on {byFramework.framework.title} yet. Choose another framework, or give a trainee a plan
        on this one.
      </Alert>
    );
  const toggleLevel = (level: LevelKey): void =>
    onChange({
      ...state,
      collapsed: state.collapsed.includes(level)
        ? state.collapsed.filter((l) => l !== level)
        : [...state.collapsed, level],
    });
  return (
    <FrameworkMatrixGrid
      matrix={byFramework}
      collapsed={state.collapsed}
      onToggleLevel={toggleLevel}
      sort={state.sort}
      onSort={onSort}
      busy={busy}
      resetKey={resetKey}
    />
  );
}
