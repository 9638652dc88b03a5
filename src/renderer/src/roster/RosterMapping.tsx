import { ScrollArea, Select, Table } from '@mantine/core';
import {
  ROSTER_FIELD_LABELS,
  ROSTER_FIELDS,
  type ColumnTarget,
  type RosterColumn,
} from '../../../shared/roster/rosterImport';

const CHOICES = [...ROSTER_FIELDS, 'ignore' as const].map((value) => ({ value, label: ROSTER_FIELD_LABELS[value] }));

/** One Select per column of the file, under the file's own header: where that column goes. */
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
    <ScrollArea type="auto" offsetScrollbars data-testid="roster-mapping">
      <Table withTableBorder withColumnBorders layout="fixed" miw={columns.length * 215}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, i) => (
              <Table.Th key={i} scope="col">
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr>
            {columns.map((column, i) => (
              <Table.Td key={i}>
                <Select
                  aria-label={`Column “${column.header}” goes to`}
                  data={CHOICES}
                  value={column.target}
                  allowDeselect={false}
                  disabled={disabled}
                  comboboxProps={{ withinPortal: true }}
                  onChange={(value) => {
                    if (value === null) return;
                    onChange(columns.map((c, j) => (j === i ? value : c.target)));
                  }}
                />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
