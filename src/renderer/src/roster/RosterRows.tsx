import { Badge, ScrollArea, Table } from '@mantine/core';
import type { RosterPreviewRow } from '../../../shared/roster/rosterImport';
import { formatDate } from '../../../shared/dates';

const ACTION_WORDS: Record<RosterPreviewRow['action'], { label: string; color: string }> = {
  add: { label: 'Add', color: 'teal' },
  update: { label: 'Update', color: 'blue' },
  skip: { label: 'Leave as is', color: 'gray' },
  refuse: { label: 'Refused', color: 'red' },
};

/** The first rows as they will be stored, in our fields, with what importing does to each. */
export function RosterRows({ rows, existing }: { rows: RosterPreviewRow[]; existing: 'update' | 'skip' }) {
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table striped withTableBorder miw={900} data-testid="roster-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">What happens</Table.Th>
            <Table.Th scope="col">Full name</Table.Th>
            <Table.Th scope="col">Badge ID</Table.Th>
            <Table.Th scope="col">Team</Table.Th>
            <Table.Th scope="col">Site</Table.Th>
            <Table.Th scope="col">Trainer</Table.Th>
            <Table.Th scope="col">Start date</Table.Th>
            <Table.Th scope="col">Notes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const action =
              row.action === 'update' && existing === 'skip' ? ACTION_WORDS.skip : ACTION_WORDS[row.action];
            return (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td>
                  <Badge color={action.color} variant="light">
                    {action.label}
                  </Badge>
                </Table.Td>
                <Table.Td>{row.fullName}</Table.Td>
                <Table.Td>{row.employeeId}</Table.Td>
                <Table.Td>{row.team}</Table.Td>
                <Table.Td>{row.site}</Table.Td>
                <Table.Td>{row.trainer}</Table.Td>
                <Table.Td>
                  {/^\d{4}-\d{2}-\d{2}$/.test(row.startDate) ? formatDate(row.startDate) : row.startDate}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{row.notes}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
