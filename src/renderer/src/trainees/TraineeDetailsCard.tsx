import { Card, SimpleGrid, Text } from '@mantine/core';
import { formatDate, type IsoDate } from '../../../shared/dates';
import type { Trainee } from '../../../shared/trainees/traineeFields';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
}

export function TraineeDetailsCard({
  trainee,
  firstCheckoffOn = null,
}: {
  trainee: Trainee;
  /** Shown beside the start date, which cannot move after it. */
  firstCheckoffOn?: IsoDate | null;
}) {
  return (
    <Card withBorder data-testid="trainee-details">
      <SimpleGrid cols={{ base: 2, md: 3 }}>
        <Field label="Employee or badge ID" value={trainee.employeeId ?? ''} />
        <Field label="Team or department" value={trainee.team} />
        <Field label="Site" value={trainee.site} />
        <Field label="Trainer" value={trainee.trainer} />
        <Field label="Start date" value={formatDate(trainee.startDate)} />
        <Field label="First check-off" value={formatDate(firstCheckoffOn)} />
      </SimpleGrid>
      {trainee.notes && (
        <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {trainee.notes}
        </Text>
      )}
    </Card>
  );
}
