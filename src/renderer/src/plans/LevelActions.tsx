import { Button, Group, Text } from '@mantine/core';

/**
 * A level's bulk actions: check all that remain, or choose some (selection mode) and tick those with one
 * set of details.
 */
export function LevelActions({
  levelLabel,
  remaining,
  selected,
  onCheckAll,
  onSelectMode,
  onTickSelected,
}: {
  levelLabel: string;
  remaining: number;
  /** The number chosen in selection mode, or null outside it. */
  selected: number | null;
  onCheckAll: () => void;
  onSelectMode: (on: boolean) => void;
  onTickSelected: () => void;
}) {
  if (remaining === 0) return null;
  if (selected !== null) {
    return (
      <Group gap="xs" mb="xs">
        <Button size="compact-sm" disabled={selected === 0} onClick={onTickSelected}>
          Tick selected ({selected})
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => onSelectMode(false)}>
          Cancel selection
        </Button>
        <Text size="sm" c="dimmed">
          Choose statements, then tick them with one date, assessor and note.
        </Text>
      </Group>
    );
  }
  return (
    <Group gap="xs" mb="xs">
      <Button size="compact-sm" variant="light" onClick={onCheckAll}>
        Check all remaining in {levelLabel} ({remaining})
      </Button>
      <Button size="compact-sm" variant="default" onClick={() => onSelectMode(true)}>
        Select statements…
      </Button>
    </Group>
  );
}
