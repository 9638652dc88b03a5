import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

export function TraineeLink({ traineeId, fullName }: { traineeId: string; fullName: string }) {
  return (
    <Anchor component={Link} to={`/trainees/${traineeId}`} fw={500} size="sm" style={{ overflowWrap: 'anywhere' }}>
      {fullName}
    </Anchor>
  );
}
