import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallInput } from '../../../shared/api/contract';
import { call } from '../api/client';

export interface PlanRef {
  traineeId: string;
  planId: string;
}

/** The comparison for a move; asked again each time the dialog opens, as plans may have changed meanwhile. */
export function useMovePreview(toFrameworkId: string, plans: PlanRef[], enabled: boolean) {
  return useQuery({
    queryKey: ['plans', 'move-preview', toFrameworkId, plans] as const,
    queryFn: () => call('plans:move-preview', { toFrameworkId, plans }),
    enabled: enabled && plans.length > 0,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}

export function useOlderPlans(frameworkId: string) {
  return useQuery({
    queryKey: ['plans', 'older-versions', frameworkId] as const,
    queryFn: () => call('plans:older-versions', { id: frameworkId }),
    staleTime: 0,
  });
}

/**
 * A move touches plans, lists, the matrix, the dashboard and the history: everything is asked again. Not
 * awaited: the refetched plan card no longer offers the move, so the dialog that asked for it unmounts, and
 * its own success step (the message, closing) must run before that, not after every page has reloaded.
 */
export function useMovePlans() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'plans:move'>) => call('plans:move', input),
    onSettled: () => {
      void client.invalidateQueries();
    },
  });
}
