import { ActionIcon, Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { LEVEL_LABELS, type LevelKey } from '../../../../shared/framework/levels';
import { newRow, type EditorValues } from './editorValues';

/**
 * One level's statements: a topic and a performance per row, each with buttons to move it up or down or
 * remove it, and a button to add one at the end (its field takes the focus, so typing can go on at once).
 */
export function LevelStatements({
  form,
  level,
  onAdded,
  focusKey,
}: {
  form: UseFormReturnType<EditorValues>;
  level: LevelKey;
  onAdded: (key: string) => void;
  focusKey: string | null;
}) {
  const label = LEVEL_LABELS[level];
  const rows = form.getValues().levels[level];
  const levelError = form.errors[`levels.${level}`];
  return (
    <section aria-labelledby={`editor-level-${level}`} data-testid={`editor-level-${level}`}>
      <Title order={3} size="h4" id={`editor-level-${level}`} mb="xs">
        {label}
      </Title>
      <Stack gap="xs">
        {rows.map((row, index) => {
          const n = index + 1;
          const where = `${label} statement ${String(n)}`;
          return (
            <Group key={row.key} align="flex-start" wrap="nowrap" gap="xs" data-testid="editor-statement">
              <Text size="sm" c="dimmed" w={24} ta="right" pt={8} aria-hidden>
                {n}.
              </Text>
              <TextInput
                w={220}
                aria-label={`${where}: topic`}
                placeholder="Topic (optional)"
                {...form.getInputProps(`levels.${level}.${String(index)}.topic`)}
              />
              <Textarea
                style={{ flex: 1 }}
                autosize
                minRows={1}
                aria-label={`${where}: what the trainee does`}
                placeholder="What the trainee does (required)"
                autoFocus={row.key === focusKey}
                {...form.getInputProps(`levels.${level}.${String(index)}.performance`)}
              />
              <Group gap={2} wrap="nowrap" pt={4}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move ${where} up`}
                  disabled={index === 0}
                  onClick={() => form.reorderListItem(`levels.${level}`, { from: index, to: index - 1 })}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Move ${where} down`}
                  disabled={index === rows.length - 1}
                  onClick={() => form.reorderListItem(`levels.${level}`, { from: index, to: index + 1 })}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove ${where}`}
                  onClick={() => form.removeListItem(`levels.${level}`, index)}
                >
                  ✕
                </ActionIcon>
              </Group>
            </Group>
          );
        })}
        {levelError && (
          <Text c="red" size="sm" role="alert">
            {levelError}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => {
              const row = newRow();
              form.insertListItem(`levels.${level}`, row);
              onAdded(row.key);
            }}
          >
            Add a statement to {label}
          </Button>
        </Group>
      </Stack>
    </section>
  );
}
