import { Alert, Button, Drawer, Loader, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../../shared/dates';
import type { DashboardFigure } from '../../../shared/overview/dashboard';
import type { TraineeFilter } from '../../../shared/trainees/traineeFilter';
import { errorMessage } from '../api/client';
import { monthLabel } from './dashboardCharts';
import { traineesListLink } from './dashboardFigures';
import { useDrill } from './dashboardQueries';
import { VISIT_ONLY } from '../trainees/useListState';
import { TraineeLink } from './TraineeLink';

/** Figures about trainees count people; the others count plans (a trainee with two overdue plans is two). */
function countText(figure: DashboardFigure, count: number): string {
  const n = count.toLocaleString();
  if (figure.kind === 'no_plan') return count === 1 ? '1 trainee' : `${n} trainees`;
  if (figure.kind === 'month') return count === 1 ? '1 plan with achievements' : `${n} plans with achievements`;
  return count === 1 ? '1 plan' : `${n} plans`;
}

/** The month in the computer's own words; the main process names it in British English. */
function titleOf(figure: DashboardFigure, title: string): string {
  return figure.kind === 'month' ? `Achievements in ${monthLabel(figure.month, 'long')}` : title;
}

/** Whether the figure's lines carry a date worth a column: a target date, for figures about plans. */
const hasDates = (figure: DashboardFigure) => figure.kind !== 'no_plan' && figure.kind !== 'month';

function DrillContent({ filter, figure }: { filter: TraineeFilter; figure: DashboardFigure }) {
  const drill = useDrill(filter, figure);
  const link = traineesListLink(figure, filter);
  if (drill.isPending) return <Loader aria-label="Loading the trainees" />;
  if (drill.error) {
    return (
      <Alert color="red" title="These trainees could not be listed">
        {errorMessage(drill.error)}
      </Alert>
    );
  }
  const { trainees } = drill.data;
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="drill-count">
        {countText(figure, trainees.length)}
      </Text>
      {link !== null && (
        <Button component={Link} to={link} state={VISIT_ONLY} variant="default" size="xs" w="fit-content">
          Open in trainees list
        </Button>
      )}
      {trainees.length === 0 ? (
        <Text size="sm">Nobody is in this figure now.</Text>
      ) : (
        <Table striped fz="sm" data-testid="drill-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" miw={150}>
                Trainee
              </Table.Th>
              <Table.Th scope="col">Why</Table.Th>
              {hasDates(figure) && <Table.Th scope="col">Target date</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trainees.map((t, i) => (
              <Table.Tr key={`${t.traineeId}-${String(i)}`} data-testid="drill-row">
                <Table.Td>
                  <TraineeLink traineeId={t.traineeId} fullName={t.fullName} />
                  {t.team !== '' && (
                    <Text size="xs" c="dimmed">
                      {t.team}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t.reason}</Table.Td>
                {hasDates(figure) && <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(t.date)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

/** The trainees behind one figure, beside the dashboard; the figure stays drawn while the drawer slides away. */
export function DrillDrawer({
  filter,
  figure,
  opened,
  onClose,
}: {
  filter: TraineeFilter;
  figure: DashboardFigure | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={figure === null ? '' : <DrillTitle filter={filter} figure={figure} />}
      closeButtonProps={{ 'aria-label': 'Close' }}
      data-testid="drill-drawer"
    >
      {figure !== null && <DrillContent filter={filter} figure={figure} />}
    </Drawer>
  );
}

function DrillTitle({ filter, figure }: { filter: TraineeFilter; figure: DashboardFigure }) {
  const drill = useDrill(filter, figure);
  return (
    <Text fw={700} size="lg" component="span">
      {drill.data ? titleOf(figure, drill.data.title) : 'Trainees'}
    </Text>
  );
}
