import { Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CallInput } from '../../../shared/api/contract';
import { formatDate } from '../../../shared/dates';
import { useMatrixCell } from './matrixQueries';

/**
 * What a statement cell's tooltip says: the statement, and for a ticked one when it was achieved and who
 * signed it off, asked for only now (and then kept) rather than sent with every cell of the matrix.
 */
export function CellDetail({ title, cell }: { title: string; cell: CallInput<'overview:cell'> | null }) {
  const detail = useMatrixCell(cell);
  let line: ReactNode = 'Not yet achieved';
  if (cell !== null) {
    if (detail.isPending) line = <Loader size="xs" color="white" aria-label="Loading the check-off" />;
    else if (detail.isError) line = 'The check-off could not be read.';
    else if (detail.data === null) line = 'Not yet achieved';
    else line = `Achieved ${formatDate(detail.data.achievedOn)} · ${detail.data.assessor || 'assessor not recorded'}`;
  }
  return (
    <>
      <Text size="sm" fw={600} lineClamp={2}>
        {title}
      </Text>
      <Text size="sm" data-testid="matrix-cell-detail">
        {line}
      </Text>
    </>
  );
}
