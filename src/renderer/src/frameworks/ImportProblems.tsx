import { Alert, List, Stack } from '@mantine/core';
import type { ImportProblem } from './useFrameworkImport';

/** Every problem in full: the trainer may need to send the list to whoever made the export. */
export function ImportProblems({ problems, onClose }: { problems: ImportProblem[]; onClose: () => void }) {
  if (problems.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="import-error">
      {problems.map((problem, index) => (
        <Alert
          key={index}
          color="red"
          title="Not imported"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={onClose}
          role="alert"
        >
          {problem.message}
          {problem.problems.length > 0 && (
            <List size="sm" mt="xs" spacing={2}>
              {problem.problems.map((p, i) => (
                <List.Item key={i}>{p.message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      ))}
    </Stack>
  );
}
