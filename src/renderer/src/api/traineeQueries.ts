import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../../shared/api/contract';
import { NO_FILTER } from '../../../shared/trainees/traineeFilter';
import type { TraineeQuery } from '../../../shared/trainees/traineeQuery';
import { call } from './client';

/** Rows per `trainees:query` call: a screenful and the rows either side of it, in one answer. */
export const TRAINEE_PAGE_SIZE = 100;

export const traineeKeys = {
  list: ['trainees'] as const,
  one: (id: string) => ['trainees', id] as const,
  /**
   * A page of the list lives under `list`, so every mutation refetches it too. A page key has five parts and a
   * trainee's key two, so the two never name the same cache entry (even for a trainee whose id is "query").
   */
  page: (filter: TraineeQuery['filter'], sort: TraineeQuery['sort'], page: number) =>
    ['trainees', 'query', filter, sort, page] as const,
};
export const settingsKey = ['settings'] as const;

export function useTrainees() {
  return useQuery({ queryKey: traineeKeys.list, queryFn: () => call('trainees:list', {}) });
}

/** One page of the filtered, sorted list, as the main process cuts it out. */
export function traineePageOptions(filter: TraineeQuery['filter'], sort: TraineeQuery['sort'], page: number) {
  return queryOptions({
    queryKey: traineeKeys.page(filter, sort, page),
    queryFn: () => call('trainees:query', { filter, sort, offset: page * TRAINEE_PAGE_SIZE, limit: TRAINEE_PAGE_SIZE }),
    // A screenful is cheap (the main process keeps the sorted list), so coming back to the list always asks again.
    staleTime: 0,
  });
}

/** The teams, sites and trainers in use, for fields that suggest them (a typo then does not make a new team). */
export function useTraineeChoices() {
  return useQuery({
    ...traineePageOptions(NO_FILTER, { key: 'name', direction: 'asc' }, 0),
    select: (page) => page.choices,
  });
}

export function useTrainee(id: string) {
  return useQuery({ queryKey: traineeKeys.one(id), queryFn: () => call('trainees:get', { id }) });
}

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => call('settings:get', {}), staleTime: Infinity });
}

export function useAppInfo() {
  return useQuery({ queryKey: ['app-info'], queryFn: () => call('app:info', {}), staleTime: Infinity });
}

/**
 * What went wrong with the last automatic backup, for the banner. The call answers once a backup being made
 * has finished (the start-up one, or an hourly one a change started), so it is asked again after changes.
 */
export const BACKUP_WARNING_KEY = ['backup-warning'] as const;
export function useBackupWarning() {
  return useQuery({ queryKey: BACKUP_WARNING_KEY, queryFn: () => call('backups:warning', {}), staleTime: Infinity });
}

/** A mutation after which every trainee view is refetched: lists, details and history all move together. */
function useTraineeMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => {
      // Not waited for: it answers only once a backup this change started has finished.
      void client.invalidateQueries({ queryKey: BACKUP_WARNING_KEY });
      return client.invalidateQueries({ queryKey: traineeKeys.list });
    },
  });
}

export const useCreateTrainee = () =>
  useTraineeMutation((input: CallInput<'trainees:create'>) => call('trainees:create', input));
export const useUpdateTrainee = () =>
  useTraineeMutation((input: CallInput<'trainees:update'>) => call('trainees:update', input));
export const useSetArchived = () =>
  useTraineeMutation((input: CallInput<'trainees:set-archived'>) => call('trainees:set-archived', input));
export const useDeleteTrainee = () =>
  useTraineeMutation((input: CallInput<'trainees:delete'>) => call('trainees:delete', input));
export const useAssignPlan = () =>
  useTraineeMutation((input: CallInput<'plans:assign'>) => call('plans:assign', input));
export const useUpdatePlan = () =>
  useTraineeMutation((input: CallInput<'plans:update'>) => call('plans:update', input));
export const useRemovePlan = () =>
  useTraineeMutation((input: CallInput<'plans:remove'>) => call('plans:remove', input));

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'settings:update'>) => call('settings:update', input),
    onSuccess: (settings) => client.setQueryData(settingsKey, settings),
  });
}
