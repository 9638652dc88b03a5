import { Badge, ScrollArea, Table, Text } from '@mantine/core';
import type { ImportedField, RosterPreviewRow } from '../../../shared/roster/rosterImport';
import { formatDate } from '../../../shared/dates';
import { RosterRowPlan } from './RosterRowPlan';

const ACTION_WORDS: Record<RosterPreviewRow['action'], { label: string; color: string }> = {
  add: { label: 'Add', color: 'teal' },
  update: { label: 'Update', color: 'blue' },
  skip: { label: 'Leave as is', color: 'gray' },
  refuse: { label: 'Refused', color: 'red' },
};

const COLUMNS: { field: ImportedField; label: string }[] = [
  { field: 'fullName', label: 'Full name' },
  { field: 'employeeId', label: 'Badge ID' },
  { field: 'team', label: 'Team' },
  { field: 'site', label: 'Site' },
  { field: 'trainer', label: 'Trainer' },
  { field: 'startDate', label: 'Start date' },
  { field: 'notes', label: 'Notes' },
];

const shown = (field: ImportedField, value: string) =>
  field === 'startDate' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;

interface Props {
  rows: RosterPreviewRow[];
  existing: 'update' | 'skip';
  /** "row:field" of the fields that keep the recorded spelling because the file lost letters. */
  kept: ReadonlySet<string>;
}

/**
 * The first rows as they will be stored, in our fields, with what importing does to each; for a trainee
 * already on the list, each field the import changes reads old → new.
 */
export function RosterRows({ rows, existing, kept }: Props) {
  const withPlans = rows.some((row) => row.plan !== null || row.planNote !== '');
  // A field the file does not fill is left out, so what the file does carry (and the plan) has the room.
  const columns = COLUMNS.filter(
    ({ field }) =>
      field === 'fullName' || rows.some((row) => row[field] !== '' || row.changes.some((c) => c.field === field)),
  );
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Table striped withTableBorder miw={withPlans ? 380 + 80 * columns.length : 900} data-testid="roster-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">What happens</Table.Th>
            {columns.map((c) => (
              <Table.Th key={c.field} scope="col">
                {c.label}
              </Table.Th>
            ))}
            {withPlans && (
              <Table.Th scope="col" miw={240}>
                Plan
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const updating = row.action === 'update' && existing === 'update';
            const action = row.action === 'update' && !updating ? ACTION_WORDS.skip : ACTION_WORDS[row.action];
            return (
              <Table.Tr key={row.row}>
                <Table.Td>{row.row}</Table.Td>
                <Table.Td>
                  <Badge color={action.color} variant="light">
                    {action.label}
                  </Badge>
                </Table.Td>
                {columns.map(({ field }) => {
                  const change = updating ? row.changes.find((c) => c.field === field) : undefined;
                  return (
                    <Table.Td key={field} style={field === 'notes' ? { whiteSpace: 'pre-line' } : undefined}>
                      {change ? (
                        <>
                          <Text span size="sm" c="dimmed" td="line-through">
                            {change.before === '' ? '(empty)' : shown(field, change.before)}
                          </Text>
                          {' → '}
                          <Text span size="sm" fw={600}>
                            {shown(field, change.after)}
                          </Text>
                        </>
                      ) : (
                        shown(field, row[field])
                      )}
                      {existing === 'update' && kept.has(`${String(row.row)}:${field}`) && (
                        <Badge color="orange" variant="light" size="sm" ml={6}>
                          spelling kept
                        </Badge>
                      )}
                    </Table.Td>
                  );
                })}
                {withPlans && (
                  <Table.Td data-testid="roster-row-plan">
                    <RosterRowPlan row={row} existing={existing} />
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
