import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CallInput } from '../../../shared/api/contract';
import { DEFAULT_SORT } from '../../../shared/trainees/traineeListParams';
import { NO_FILTER } from '../../../shared/trainees/traineeFilter';
import { call } from '../api/client';

/**
 * Every key starts with 'trainees', so a check-off, a new plan or any other trainee change refetches the
 * matrix along with the lists (their mutations invalidate that prefix). Keys have three or more parts, so
 * they never name a trainee's own entry (['trainees', id]).
 */
export const matrixKeys = {
  framework: (input: CallInput<'overview:framework-matrix'> | null) =>
    ['trainees', 'matrix', 'framework', input] as const,
  overview: (input: CallInput<'overview:matrix'>) => ['trainees', 'matrix', 'overview', input] as const,
  cell: (input: CallInput<'overview:cell'>) =>
    ['trainees', 'matrix', 'cell', input.traineeId, input.planId, input.statementId] as const,
  choices: ['trainees', 'matrix', 'choices'] as const,
};

/** While new filters are answered the old matrix stays on screen (marked busy) instead of a blank page. */
export function useFrameworkMatrix(input: CallInput<'overview:framework-matrix'> | null) {
  return useQuery({
    queryKey: matrixKeys.framework(input),
    queryFn: () => call('overview:framework-matrix', input as CallInput<'overview:framework-matrix'>),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

export function useOverviewMatrix(input: CallInput<'overview:matrix'>, enabled: boolean) {
  return useQuery({
    queryKey: matrixKeys.overview(input),
    queryFn: () => call('overview:matrix', input),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** A cell's check-off (date, assessor), asked only when a ticked cell is pointed at or focused. */
export function useMatrixCell(input: CallInput<'overview:cell'> | null) {
  return useQuery({
    queryKey: input ? matrixKeys.cell(input) : ['trainees', 'matrix', 'cell', 'none'],
    queryFn: () => call('overview:cell', input as CallInput<'overview:cell'>),
    enabled: input !== null,
    staleTime: 60_000,
  });
}

/** The teams, sites and trainers the filters offer: what `trainees:query` finds among everyone, without rows. */
export function useFilterChoices() {
  return useQuery({
    queryKey: matrixKeys.choices,
    queryFn: () => call('trainees:query', { filter: NO_FILTER, sort: DEFAULT_SORT, offset: 0, limit: 0 }),
    select: (page) => page.choices,
  });
}
