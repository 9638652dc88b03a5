import { shownCode } from '../../../shared/framework/shownCode';
import { Alert, Button, Group, List, Modal, ScrollArea, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { attributionLine } from '../../../shared/framework/framework';
import { LEVEL_KEYS, LEVEL_LABELS, type LevelKey } from '../../../shared/framework/levels';
import { SOURCE_FORMAT_NAMES } from '../../../shared/framework/sources/sourcePreview';
import { plural } from '../../../shared/text/plural';
import { errorMessage } from '../api/client';
import type { PendingSource } from './useFrameworkImport';

const LEVEL_OPTIONS = LEVEL_KEYS.map((key) => ({ value: key, label: LEVEL_LABELS[key] }));

interface Props {
  pending: PendingSource | null;
  locked: { disabled: boolean; title: string | undefined };
  onChooseLevels: (levels: LevelKey[]) => Promise<void>;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}

/** One preview per file: a new file starts with no half-made level choice. */
export function SourcePreviewDialog(props: Props) {
  return <PreviewDialog key={props.pending?.fileName ?? ''} {...props} />;
}

/** The framework exactly as it will be stored, with what was left out, before it joins the library. */
function PreviewDialog({ pending, locked, onChooseLevels, onConfirm, onCancel }: Props) {
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  const run = async (failedTitle: string, action: () => Promise<void>) => {
    setWorking(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError({ title: failedTitle, message: errorMessage(caught) });
    } finally {
      setWorking(false);
    }
  };
  const preview = pending?.preview;
  const chosen = preview?.topGroups.map((g) => g.level) ?? [];
  // A level no group is at is simply not part of the framework (it may have one to four levels).
  const choose = (index: number, value: LevelKey) => {
    const levels = chosen.map((level, i) => (i === index ? value : level));
    void run('Level not changed', () => onChooseLevels(levels));
  };
  const file = preview?.file;
  const filled = file
    ? LEVEL_KEYS.flatMap((key) => {
        const level = file.framework.levels[key];
        return level && level.statements.length > 0 ? [{ key, ...level }] : [];
      })
    : [];
  const emptyLevels = preview && preview.topGroups.length > 0 ? LEVEL_KEYS.filter((key) => !chosen.includes(key)) : [];
  const statementCount = filled.reduce((sum, level) => sum + level.statements.length, 0);

  return (
    <Modal
      opened={pending !== null}
      onClose={onCancel}
      title="Check the framework before it joins the library"
      size="xl"
      data-testid="source-preview"
    >
      {preview && file && (
        <Stack gap="sm">
          <div>
            <Title order={3} size="h4" data-testid="preview-title">
              {file.occupation.title}
            </Title>
            <Text size="sm" c="dimmed">
              {[
                `From “${preview.fileName}”, a ${SOURCE_FORMAT_NAMES[preview.format]}`,
                shownCode(file.occupation) === null ? null : `code ${String(shownCode(file.occupation))}`,
                `version ${file.framework.version}`,
                plural(statementCount, 'statement'),
              ]
                .filter((part) => part !== null)
                .join(' · ')}
            </Text>
            <Text size="sm" data-testid="preview-attribution">
              Source and licence in reports: {attributionLine(file) || 'none given'}
            </Text>
          </div>

          {preview.notes.length > 0 && (
            <List size="sm" data-testid="preview-notes">
              {preview.notes.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
          )}

          {preview.leftOut.length > 0 && (
            <Alert color="yellow" title="Left out" role="note" data-testid="preview-left-out">
              <List size="sm">
                {preview.leftOut.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </Alert>
          )}

          {preview.topGroups.length > 0 && (
            <Stack gap={4} data-testid="preview-groups">
              <Text fw={600} size="sm">
                Level of each group
              </Text>
              {preview.topGroups.map((group, index) => (
                <Group key={`${group.title}-${String(index)}`} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    {group.title} ({plural(group.statementCount, 'statement')})
                  </Text>
                  <Select
                    aria-label={`Level for ${group.title}`}
                    data={LEVEL_OPTIONS}
                    value={chosen[index] ?? group.level}
                    allowDeselect={false}
                    w={160}
                    disabled={working}
                    onChange={(value) => {
                      if (value) choose(index, value);
                    }}
                  />
                </Group>
              ))}
            </Stack>
          )}

          {emptyLevels.length > 0 && (
            <Text size="sm" c="dimmed" data-testid="preview-level-hint">
              No group is at level {emptyLevels.map((key) => LEVEL_LABELS[key]).join(', ')}: the framework will not have{' '}
              {emptyLevels.length === 1 ? 'that level' : 'those levels'}, and plans cannot target{' '}
              {emptyLevels.length === 1 ? 'it' : 'them'}.
            </Text>
          )}

          <ScrollArea.Autosize mah={360} type="auto">
            <Table striped withTableBorder data-testid="preview-levels">
              <Table.Tbody>
                {filled.map((level) => (
                  <Table.Tr key={level.key} data-testid="preview-level">
                    <Table.Th scope="row" w={120} style={{ verticalAlign: 'top' }}>
                      <Text size="sm" fw={600}>
                        {LEVEL_LABELS[level.key]}
                      </Text>
                      {level.label !== LEVEL_LABELS[level.key] && (
                        <Text size="xs" c="dimmed">
                          “{level.label}”
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <List size="sm" spacing={2}>
                        {level.statements.map((statement) => (
                          <List.Item key={statement} data-testid="preview-statement">
                            {statement}
                          </List.Item>
                        ))}
                      </List>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>

          {error && (
            <Alert color="red" title={error.title} role="alert" data-testid="preview-error">
              {error.message}
            </Alert>
          )}

          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel} disabled={working}>
              Cancel
            </Button>
            <Button
              onClick={() => void run('Not imported', onConfirm)}
              loading={working}
              data-testid="preview-confirm"
              {...locked}
            >
              Add to library
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
