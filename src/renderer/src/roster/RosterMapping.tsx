import { Group, Select } from '@mantine/core';
import {
  ROSTER_FIELD_LABELS,
  ROSTER_FIELDS,
  type ColumnTarget,
  type RosterColumn,
} from '../../../shared/roster/rosterImport';

const CHOICES = [...ROSTER_FIELDS, 'ignore' as const].map((value) => ({ value, label: ROSTER_FIELD_LABELS[value] }));

/**
 * One Select per column of the file, in the file's order, under the file's own header: where that column goes.
 * They wrap rather than scroll, so a wide file keeps every choice in sight.
 */
export function RosterMapping({
  columns,
  disabled,
  onChange,
}: {
  columns: RosterColumn[];
  disabled: boolean;
  onChange: (mapping: ColumnTarget[]) => void;
}) {
  return (
    <Group gap="sm" align="flex-start" data-testid="roster-mapping">
      {columns.map((column, i) => (
        <Select
          key={i}
          w={230}
          label={column.header}
          aria-label={`Column “${column.header}” goes to`}
          data={CHOICES}
          value={column.target}
          allowDeselect={false}
          disabled={disabled}
          onChange={(value) => {
            const target = CHOICES.find((c) => c.value === value)?.value;
            if (target) onChange(columns.map((c, j) => (j === i ? target : c.target)));
          }}
        />
      ))}
    </Group>
  );
}
