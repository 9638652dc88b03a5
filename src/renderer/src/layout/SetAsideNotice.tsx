import { Alert, List, Text } from '@mantine/core';
import { useState } from 'react';

/**
 * Says what Trainplan set aside because a save was cut short (a crash or power cut): nothing that
 * was confirmed as saved, but the trainer is told and shown where the bytes went, never left to guess.
 */
export function SetAsideNotice({ messages }: { messages: readonly string[] }) {
  const [closedAt, setClosedAt] = useState(0);
  // Closing hides what was shown; anything set aside later shows again.
  const shown = messages.slice(closedAt);
  if (shown.length === 0) return null;
  return (
    <Alert
      color="yellow"
      title="A save that was cut short was set aside"
      mb="md"
      withCloseButton
      closeButtonLabel="Close this message"
      onClose={() => setClosedAt(messages.length)}
      data-testid="set-aside-banner"
    >
      <List size="sm" mb="xs">
        {shown.map((message) => (
          <List.Item key={message}>{message}</List.Item>
        ))}
      </List>
      <Text size="sm">
        Everything Trainplan confirmed as saved is in the records. Check the last change you made before Trainplan
        stopped, and make it again if it is missing.
      </Text>
    </Alert>
  );
}
