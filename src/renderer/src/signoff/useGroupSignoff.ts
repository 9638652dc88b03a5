import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../../shared/api/contract';
import { call } from '../api/client';
import { frameworkKeys } from '../api/frameworkQueries';
import { traineeKeys } from '../api/traineeQueries';

export const signoffKeys = {
  all: ['signoff'] as const,
  candidates: (frameworkId: string) => ['signoff', 'candidates', frameworkId] as const,
};

/** The chosen framework's statements; nothing is asked while none is chosen. */
export function useChosenFramework(frameworkId: string | null) {
  return useQuery({
    queryKey: frameworkKeys.one(frameworkId ?? ''),
    queryFn: () => call('frameworks:get', { id: frameworkId ?? '' }),
    enabled: frameworkId !== null,
  });
}

/** Everyone who can be signed off on the framework; the page filters by team and name itself, at once. */
export function useSignoffCandidates(frameworkId: string | null) {
  return useQuery({
    queryKey: signoffKeys.candidates(frameworkId ?? ''),
    queryFn: () => call('signoff:candidates', { frameworkId: frameworkId ?? '' }),
    enabled: frameworkId !== null,
    // Another window or a tick on a trainee's page may have changed who holds what.
    staleTime: 0,
  });
}

/** After a group change every trainee view and the candidates are asked again. */
function useRefreshAfter() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: signoffKeys.all }),
      client.invalidateQueries({ queryKey: traineeKeys.list }),
    ]);
}

export function useSignOffGroup() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (input: CallInput<'checkoffs:sign-off-group'>) => call('checkoffs:sign-off-group', input),
    onSettled: refresh,
  });
}

export function useSetManyCheckoffs() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (input: CallInput<'checkoffs:set-many'>) => call('checkoffs:set-many', input),
    onSettled: refresh,
  });
}
