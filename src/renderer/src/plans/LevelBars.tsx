import { Group, Progress, SimpleGrid, Text } from '@mantine/core';
import type { LevelProgress } from '../../../shared/progress/progressRules';

export function LevelBars({ levels }: { levels: LevelProgress[] }) {
  return (
    <SimpleGrid cols={4} spacing="sm" data-testid="level-bars">
      {levels.map((level) => (
        <div key={level.level}>
          <Group justify="space-between" gap={4}>
            <Text size="xs" fw={600}>
              {level.label}
            </Text>
            <Text size="xs" c="dimmed" data-testid={`level-count-${level.level}`}>
              {level.achieved} / {level.total}
            </Text>
          </Group>
          <Progress
            value={level.percent}
            color={level.percent === 100 ? 'teal' : 'blue'}
            aria-label={`${level.label}: ${level.achieved} of ${level.total}`}
          />
        </div>
      ))}
    </SimpleGrid>
  );
}
