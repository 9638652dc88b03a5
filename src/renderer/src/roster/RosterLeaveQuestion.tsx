import { Alert, Button, Group, Text } from '@mantine/core';

/**
 * Asked when the trainer closes the import after setting where the columns go: those choices are kept
 * only by importing, so closing would lose them without a word.
 */
export function RosterLeaveQuestion({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  return (
    <Alert color="orange" title="Close without importing?" role="alertdialog" data-testid="roster-leave-question">
      <Text size="sm">
        You changed where the columns go. Nothing has been imported yet, and Trainplan remembers your columns for the
        next file only when you import. If you close now, your changes are lost.
      </Text>
      <Group mt="sm">
        <Button onClick={onStay} data-autofocus>
          Keep importing
        </Button>
        <Button variant="default" color="red" onClick={onLeave}>
          Close and lose the changes
        </Button>
      </Group>
    </Alert>
  );
}
