import { Alert, List, ScrollArea, Text } from '@mantine/core';
import { describeProblem, type RowProblem } from '../../../shared/roster/rosterImport';

/** Every refused row, by row and column, in words; a long list scrolls. */
export function RosterProblems({
  problems,
  total,
  title,
  testId = 'roster-problems',
}: {
  problems: RowProblem[];
  total: number;
  title: string;
  testId?: string;
}) {
  if (problems.length === 0) return null;
  return (
    <Alert color="orange" title={title} data-testid={testId}>
      <ScrollArea.Autosize mah={180} type="auto">
        <List size="sm" spacing={2}>
          {problems.map((problem, i) => (
            <List.Item key={i}>{describeProblem(problem)}</List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      {total > problems.length && (
        <Text size="sm" mt="xs">
          …and {(total - problems.length).toLocaleString()} more. Fix the file and import it again for those.
        </Text>
      )}
    </Alert>
  );
}
