import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

/**
 * A row's trainee and a line of details (team, target…), linking to their page for the mouse. It stays out of the tab order: the grid is one tab
 * stop, and Enter on any of the row's cells opens the trainee too.
 */
export function RowName({ name, to, details }: { name: string; to: string; details: string[] }) {
  return (
    <>
      <Anchor
        component={Link}
        to={to}
        tabIndex={-1}
        size="sm"
        fw={500}
        c="dark"
        truncate="end"
        title={name}
        data-testid="matrix-row-name"
      >
        {name}
      </Anchor>
      <Text size="xs" c="dimmed" truncate="end">
        {details.filter((v) => v !== '').join(' · ')}
      </Text>
    </>
  );
}
