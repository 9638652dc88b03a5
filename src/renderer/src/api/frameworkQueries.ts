import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from './client';

export const frameworkKeys = {
  all: ['frameworks'] as const,
  one: (id: string) => ['frameworks', id] as const,
};

export function useFrameworks() {
  return useQuery({ queryKey: frameworkKeys.all, queryFn: () => call('frameworks:list', {}) });
}

export function useFramework(id: string) {
  return useQuery({ queryKey: frameworkKeys.one(id), queryFn: () => call('frameworks:get', { id }) });
}

export function useRemoveFramework() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('frameworks:remove', { id }),
    onSuccess: () => client.invalidateQueries({ queryKey: frameworkKeys.all }),
  });
}
