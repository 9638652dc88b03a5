import { Alert, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { RosterImportResult } from '../../../shared/roster/rosterImport';
import { RosterProblems } from './RosterProblems';

/** What the import did, counted, with the backup made before it. */
export function RosterSummary({ result, onDone }: { result: RosterImportResult; onDone: () => void }) {
  const lines: [string, number][] = [
    ['Added', result.added],
    ['Updated', result.updated],
    ['Left as they were', result.skipped],
    ['Refused', result.refused],
    ['Plans assigned', result.plansAssigned],
  ];
  return (
    <Stack>
      <Alert color="teal" title="Import finished" data-testid="roster-summary">
        <Table w="fit-content" withRowBorders={false}>
          <Table.Tbody>
            {lines.map(([label, count]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                <Table.Td ta="right">{count.toLocaleString()}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {result.spellingsKept > 0 && (
          <Text size="sm" mt="xs">
            {result.spellingsKept === 1
              ? 'One spelling on record was kept because the file had lost letters.'
              : `${result.spellingsKept.toLocaleString()} spellings on record were kept because the file had lost letters.`}
          </Text>
        )}
        {result.backupOfCurrent && (
          <Text size="sm" mt="xs">
            Your records as they were before the import are kept in the backup {result.backupOfCurrent} (Settings,
            Backups).
          </Text>
        )}
      </Alert>
      <RosterProblems
        problems={result.problems}
        total={result.problemCount}
        title="Rows that were not imported — fix them in the file and import it again"
      />
      <RosterProblems
        problems={result.planProblems}
        total={result.planProblems.length}
        title="Plans that were not assigned — assign them on the trainees’ pages or in the list"
        testId="roster-plan-problems"
      />
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
