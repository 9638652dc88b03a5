import { Group, Progress, Text } from '@mantine/core';
import type { Fraction } from '../../../shared/progress/progressRules';

export function ProgressCell({ progress, label }: { progress: Fraction; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Progress
        value={progress.percent}
        w={70}
        size="md"
        aria-label={label}
        color={progress.percent === 100 ? 'teal' : 'blue'}
      />
      <Text size="xs" c="dimmed" miw={34}>
        {progress.percent}%
      </Text>
    </Group>
  );
}
