import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** Before there is anything to count: say what to do first, in the order a trainer does it. */
export function DashboardEmpty({ trainees }: { trainees: number }) {
  if (trainees === 0) {
    return (
      <Alert color="blue" title="No trainees yet" data-testid="dashboard-empty">
        The dashboard fills in once there are trainees with plans. Add your apprentices on the{' '}
        <Anchor component={Link} to="/trainees">
          Trainees
        </Anchor>{' '}
        page, then give each of them a plan.
      </Alert>
    );
  }
  return (
    <Alert color="blue" title="No plans yet" data-testid="dashboard-empty">
      None of your trainees has a plan yet. Open a trainee on the{' '}
      <Anchor component={Link} to="/trainees">
        Trainees
      </Anchor>{' '}
      page and use “Assign framework”; the figures here follow their check-offs.
    </Alert>
  );
}
