import { Alert, Checkbox, ScrollArea, Stack, Text } from '@mantine/core';
import { ROSTER_FIELD_LABELS, type LostLetters } from '../../../shared/roster/rosterImport';

export type SpellingChoice = number[] | 'all' | undefined;

interface Props {
  lost: LostLetters[];
  total: number;
  accepted: SpellingChoice;
  disabled: boolean;
  onChange: (accepted: SpellingChoice) => void;
}

/**
 * Names (and teams, sites…) where the file has lost letters the record has, as Excel writes Polish letters
 * in Windows-1252: the recorded spelling is kept unless the trainer ticks to take the file's.
 */
export function RosterLostLetters({ lost, total, accepted, disabled, onChange }: Props) {
  if (lost.length === 0) return null;
  const rows = [...new Set(lost.map((l) => l.row))];
  const all = accepted === 'all';
  const ticked = (row: number) => all || (accepted?.includes(row) ?? false);
  const toggle = (row: number, on: boolean) => {
    const now = rows.filter(ticked);
    const next = on ? [...now, row] : now.filter((r) => r !== row);
    onChange(next.length === 0 ? undefined : next);
  };
  return (
    <Alert color="orange" title="The file has lost letters" data-testid="roster-lost-letters">
      <Stack gap="xs">
        <Text size="sm">
          Some letters in the file were turned into “?” or left out, as Excel does when it saves Polish or other letters
          in an older format. Trainplan keeps the spelling it has on record for these, unless you tick to use the file’s
          spelling.
        </Text>
        <Checkbox
          label={`Use the file’s spelling for all ${String(total)}`}
          checked={all}
          disabled={disabled}
          onChange={(e) => onChange(e.currentTarget.checked ? 'all' : undefined)}
        />
        <ScrollArea.Autosize mah={220} type="auto">
          <Stack gap={6}>
            {lost.map((l) => (
              <Checkbox
                key={`${String(l.row)}-${l.field}`}
                checked={ticked(l.row)}
                disabled={disabled || all}
                onChange={(e) => toggle(l.row, e.currentTarget.checked)}
                label={`Row ${String(l.row)}, ${ROSTER_FIELD_LABELS[l.field]}: keep ‘${l.stored}’? The file says ‘${l.fromFile}’. Tick to use the file’s spelling.`}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        {total > lost.length && (
          <Text size="sm">
            …and {(total - lost.length).toLocaleString()} more, which keep the recorded spelling unless you tick “all”.
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
