import { ActionIcon, Group, SegmentedControl, Select, Switch } from '@mantine/core';
import { LEVEL_KEYS } from '../../../shared/framework/levels';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import type { MatrixSort } from '../../../shared/overview/matrix';
import type { MatrixState, MatrixView } from '../../../shared/matrix/matrixParams';

const SORT_LABELS = {
  name: 'Name',
  team: 'Team',
  progress: 'Progress to target',
  status: 'Status (most urgent first)',
} as const;

/** Which matrix, which framework, the order of the rows and the folded levels. */
export function MatrixToolbar({
  state,
  frameworkId,
  frameworks,
  columnLabel,
  onView,
  onSort,
  onCollapsed,
}: {
  state: MatrixState;
  /** The framework the framework view shows (chosen, or the first in use). */
  frameworkId: string | null;
  frameworks: FrameworkSummary[];
  /** The column the rows are sorted by, in words, when sorted by a column. */
  columnLabel: string | null;
  onView: (view: MatrixView, frameworkId: string | null) => void;
  onSort: (sort: MatrixSort) => void;
  onCollapsed: (levels: MatrixState['collapsed']) => void;
}) {
  const { sort } = state;
  const sortChoices = [
    ...(Object.keys(SORT_LABELS) as (keyof typeof SORT_LABELS)[]).map((key) => ({
      value: key,
      label: SORT_LABELS[key],
    })),
    ...(sort.key === 'column' ? [{ value: 'column', label: `Column: ${columnLabel ?? 'chosen column'}` }] : []),
  ];
  const allFolded = LEVEL_KEYS.every((level) => state.collapsed.includes(level));
  return (
    <>
      <SegmentedControl
        aria-label="Matrix view"
        value={state.view}
        onChange={(value) => onView(value === 'framework' ? 'framework' : 'overview', frameworkId)}
        data={[
          { value: 'overview', label: 'Overview' },
          { value: 'framework', label: 'Framework view' },
        ]}
      />
      {state.view === 'framework' && (
        <Select
          label="Framework"
          placeholder="Choose a framework"
          data={frameworks.map((f) => ({ value: f.id, label: `${f.title} (${f.version})` }))}
          value={frameworkId}
          onChange={(id) => onView('framework', id)}
          allowDeselect={false}
          w={260}
          comboboxProps={{ width: 380 }}
          data-testid="matrix-framework"
        />
      )}
      <Group gap={4} align="flex-end" wrap="nowrap">
        <Select
          label="Sort by"
          data={sortChoices}
          value={sort.key}
          allowDeselect={false}
          onChange={(key) => {
            if (key === 'name' || key === 'team' || key === 'progress' || key === 'status')
              onSort({ key, column: null, direction: key === 'progress' ? 'desc' : 'asc' });
          }}
          w={210}
        />
        <ActionIcon
          variant="default"
          size="lg"
          mb={1}
          aria-label={sort.direction === 'asc' ? 'Ascending: reverse the order' : 'Descending: reverse the order'}
          title="Reverse the order"
          onClick={() => onSort({ ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' })}
        >
          {sort.direction === 'asc' ? '▲' : '▼'}
        </ActionIcon>
      </Group>
      {state.view === 'framework' && (
        <Switch
          label="Fold every level"
          checked={allFolded}
          onChange={(e) => onCollapsed(e.currentTarget.checked ? [...LEVEL_KEYS] : [])}
          mb={8}
        />
      )}
    </>
  );
}
