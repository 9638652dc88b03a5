import { Button, Group, Switch } from '@mantine/core';
import { setShortcutsHelpOpen } from '../checkoffs/shortcutsHelpStore';

/** Above the checklist: hide what is done, jump to what is not, and the shortcuts overlay. */
export function ChecklistToolbar({
  outstandingOnly,
  onOutstandingOnly,
  outstanding,
  onNextOutstanding,
}: {
  outstandingOnly: boolean;
  onOutstandingOnly: (value: boolean) => void;
  outstanding: number;
  onNextOutstanding: () => void;
}) {
  return (
    <Group justify="space-between" gap="xs">
      <Group gap="md">
        <Switch
          label="Show outstanding only"
          checked={outstandingOnly}
          onChange={(e) => onOutstandingOnly(e.currentTarget.checked)}
        />
        <Button size="compact-sm" variant="default" disabled={outstanding === 0} onClick={onNextOutstanding}>
          Next outstanding
        </Button>
      </Group>
      <Button size="compact-sm" variant="subtle" onClick={() => setShortcutsHelpOpen(true)}>
        Keyboard shortcuts
      </Button>
    </Group>
  );
}
