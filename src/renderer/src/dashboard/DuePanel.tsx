import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { formatDate } from '../../../shared/dates';
import { LEVEL_LABELS } from '../../../shared/framework/levels';
import type { Dashboard, DashboardFigure } from '../../../shared/overview/dashboard';
import { FigureCard } from './FigureCard';
import { TraineeLink } from './TraineeLink';

/** The soonest plans shown here; the 90-day figure opens them all. */
const SOONEST_SHOWN = 8;

function inDaysText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `in ${String(days)} days`;
}

/** Plans not yet met whose target date falls in the next 30, 60 and 90 days, and the soonest of them. */
export function DuePanel({ dashboard, onOpen }: { dashboard: Dashboard; onOpen: (figure: DashboardFigure) => void }) {
  const titleId = useId();
  const soonest = dashboard.duePlans.slice(0, SOONEST_SHOWN);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId} data-testid="due-panel">
      <Title order={3} size="h4" id={titleId}>
        Coming due
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Plans not yet met with a target date in the days ahead.
      </Text>
      <SimpleGrid cols={3} spacing="sm" mb="sm">
        {dashboard.due.map(({ days, plans }) => (
          <FigureCard
            key={days}
            label={`Next ${String(days)} days`}
            count={plans}
            unit={plans === 1 ? 'plan' : 'plans'}
            color="yellow"
            onOpen={() => onOpen({ kind: 'due', days })}
            testId={`due-card-${String(days)}`}
          />
        ))}
      </SimpleGrid>
      {soonest.length === 0 ? (
        <Text size="sm">No plan is due in the next 90 days.</Text>
      ) : (
        <Table fz="sm" data-testid="due-soonest" aria-label="The soonest plans coming due">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" miw={130}>
                Trainee
              </Table.Th>
              <Table.Th scope="col">Framework and target</Table.Th>
              <Table.Th scope="col">Target date</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {soonest.map((plan) => (
              <Table.Tr key={plan.planId}>
                <Table.Td>
                  <TraineeLink traineeId={plan.traineeId} fullName={plan.fullName} />
                </Table.Td>
                <Table.Td>
                  {plan.frameworkTitle}, {LEVEL_LABELS[plan.targetLevel]} ({plan.toTarget.percent}%)
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(plan.targetDate)}{' '}
                  <Text span size="xs" c="dimmed">
                    {inDaysText(plan.inDays)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
