import { Text } from '@mantine/core';
import type { Statement } from '../../../shared/framework/framework';

/** "Topic — performance" with the topic in bold; a statement without a topic is shown as written. */
export function StatementText({ statement }: { statement: Pick<Statement, 'topic' | 'performance' | 'text'> }) {
  if (statement.topic === null) return <Text span>{statement.text}</Text>;
  return (
    <Text span>
      <Text span fw={700}>
        {statement.topic}
      </Text>{' '}
      — {statement.performance}
    </Text>
  );
}
