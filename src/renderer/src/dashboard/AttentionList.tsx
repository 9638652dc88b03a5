import { Paper, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { formatDate } from '../../../shared/dates';
import { LEVEL_LABELS } from '../../../shared/framework/levels';
import type { Dashboard } from '../../../shared/overview/dashboard';
import { ProgressCell } from '../components/ProgressCell';
import { StatusBadge } from '../components/StatusBadge';
import { TraineeLink } from './TraineeLink';

/** The plans a manager should look at first: overdue (longest first), then behind (furthest first). */
export function AttentionList({ dashboard }: { dashboard: Dashboard }) {
  const titleId = useId();
  const { attention, attentionTotal } = dashboard;
  const more = attentionTotal - attention.length;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid="attention-list">
      <Title order={3} size="h4" id={titleId}>
        Needs attention
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Plans past their target date, then plans behind the pace to reach it.
      </Text>
      {attentionTotal === 0 ? (
        <Text size="sm">No plan is overdue or behind.</Text>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <Table striped fz="sm" miw={700}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Trainee</Table.Th>
                <Table.Th scope="col">Framework</Table.Th>
                <Table.Th scope="col">Target</Table.Th>
                <Table.Th scope="col">Progress</Table.Th>
                <Table.Th scope="col">Target date</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attention.map((plan) => (
                <Table.Tr key={plan.planId} data-testid="attention-row">
                  <Table.Td>
                    <TraineeLink traineeId={plan.traineeId} fullName={plan.fullName} />
                    {plan.team !== '' && (
                      <Text size="xs" c="dimmed">
                        {plan.team}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{plan.frameworkTitle}</Table.Td>
                  <Table.Td>{LEVEL_LABELS[plan.targetLevel]}</Table.Td>
                  <Table.Td>
                    <ProgressCell
                      progress={plan.toTarget}
                      label={`${plan.fullName}: progress to ${LEVEL_LABELS[plan.targetLevel]}`}
                    />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(plan.targetDate)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={plan.status} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {more > 0 && (
        <Text size="sm" mt="xs" data-testid="attention-more">
          and {more.toLocaleString()} more. Open the Overdue or Behind figure above to see them all.
        </Text>
      )}
    </Paper>
  );
}
