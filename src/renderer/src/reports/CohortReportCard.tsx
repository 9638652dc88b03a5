import { Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FrameworkSummary } from '../../../shared/framework/framework';
import type { PaperSize } from '../../../shared/settings/settings';
import type { CohortOrder } from '../../../shared/reports/reportOptions';
import {
  hasAnyStatus,
  matchesFilter,
  NO_FILTER,
  type StatusFilter,
  type TraineeFilter,
} from '../../../shared/trainees/traineeFilter';
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
  const [statuses, setStatuses] = useState<StatusFilter[]>([]);
  const [order, setOrder] = useState<CohortOrder>('team');
  const wanted = new Set(statuses);
  const count = trainees.filter(
    (t) => matchesFilter(t, filter) && (wanted.size === 0 || hasAnyStatus(t, wanted, filter.frameworkId)),
  ).length;
  return (
    <Card withBorder padding="lg" data-testid="cohort-report-card">
      <Stack>
        <div>
          <Title order={3} size="h4">
            Cohort progression report
          </Title>
          <Text size="sm" c="dimmed">
            For managers: counts by status and attained level, and every trainee’s plans in one landscape table.
          </Text>
        </div>
        <TraineeFilters
          rows={trainees}
          frameworks={frameworks}
          filter={filter}
          onChange={setFilter}
          severalStatuses={{ value: statuses, onChange: setStatuses }}
        />
        <Group align="flex-start" gap="xl">
          <Radio.Group
            label="Order"
            value={order}
            onChange={(value) => setOrder(value === 'urgency' ? 'urgency' : 'team')}
          >
            <Stack gap={4} mt={4}>
              <Radio value="team" label="By team, then name" />
              <Radio value="urgency" label="Most urgent first (overdue, behind, due soon, on track…)" />
            </Stack>
          </Radio.Group>
          <PaperSizeField value={paperSize ?? defaultPaper} onChange={setPaperSize} />
        </Group>
        <Group>
          <Button onClick={() => void exporter.exportCohort(filter, paperSize ?? defaultPaper, { statuses, order })}>
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
