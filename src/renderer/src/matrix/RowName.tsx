import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/**
 * A row's trainee, linking to their page for the mouse. It stays out of the tab order: the grid is one tab
 * stop, and Enter on any of the row's cells opens the trainee too.
 */
export function RowName({ name, to }: { name: string; to: string }) {
  return (
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
  );
}
