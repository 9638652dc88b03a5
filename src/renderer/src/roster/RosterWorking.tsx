import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { RosterProgress } from '../../../shared/roster/rosterImport';

const percent = (p: RosterProgress): number => (p.total > 0 ? Math.floor((100 * p.done) / p.total) : 0);

/** What the roster work is doing, in words: reading the file first (no steps to count), then checking rows. */
function describe(fileName: string, progress: RosterProgress | null, importing: boolean): string {
  if (!progress || progress.stage === 'reading') return `Reading “${fileName}”…`;
  const what = importing ? 'Checking and saving the people from' : 'Checking the people in';
  return `${what} “${fileName}”: ${String(percent(progress))}% done…`;
}

/** Progress of a roster preview or import, with Cancel: a big workbook takes a few seconds. */
export function RosterWorking({
  fileName,
  progress,
  importing,
  onCancel,
}: {
  fileName: string;
  progress: RosterProgress | null;
  importing: boolean;
  onCancel: () => void;
}) {
  const counted = progress?.stage === 'checking';
  return (
    <Stack gap="xs" data-testid="roster-working">
      <Text size="sm" role="status">
        {describe(fileName, progress, importing)}
      </Text>
      <Progress
        value={counted ? (100 * progress.done) / Math.max(progress.total, 1) : 100}
        striped={!counted}
        animated
        aria-label={importing ? 'Import progress' : 'Reading progress'}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
