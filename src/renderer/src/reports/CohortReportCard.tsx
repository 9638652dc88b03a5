import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import type { PaperSize } from '../../../shared/settings/settings';
import { matchesFilter, NO_FILTER, type TraineeFilter } from '../../../shared/trainees/traineeFilter';
import type { TraineeRow } from '../../../shared/trainees/traineeViews';
import { TraineeFilters } from '../trainees/TraineeFilters';
import { PaperSizeField } from './ReportOptionsFields';
import type { useReportExport } from './useReportExport';

export function CohortReportCard({
  trainees,
  frameworks,
  defaultPaper,
  exporter,
}: {
  trainees: TraineeRow[];
  frameworks: FrameworkSummary[];
  defaultPaper: PaperSize;
  exporter: ReturnType<typeof useReportExport>;
}) {
  const [filter, setFilter] = useState<TraineeFilter>(NO_FILTER);
  const [paperSize, setPaperSize] = useState<PaperSize | null>(null);
  const count = trainees.filter((t) => matchesFilter(t, filter)).length;
  return (
    <Card withBorder padding="lg" data-testid="cohort-report-card">
      <Stack>
        <div>
          <Title order={3} size="h4">
            Cohort progression report
          </Title>
          <Text size="sm" c="dimmed">
            For managers: counts by status and attained level, and every trainee’s plans in one landscape table, sorted
            by team then name.
          </Text>
        </div>
        <TraineeFilters rows={trainees} frameworks={frameworks} filter={filter} onChange={setFilter} />
        <PaperSizeField value={paperSize ?? defaultPaper} onChange={setPaperSize} />
        <Group>
          <Button onClick={() => void exporter.exportCohort(filter, paperSize ?? defaultPaper)}>
            Create cohort report
          </Button>
          <Text size="sm" c="dimmed" data-testid="cohort-count">
            {count} of {trainees.length} trainees selected
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
