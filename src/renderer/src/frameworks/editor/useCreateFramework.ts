import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FrameworkDraft } from '../../../../shared/framework/editor/frameworkDraft';
import { call } from '../../api/client';
import { frameworkKeys } from '../../api/frameworkQueries';

export function useCreateFramework() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: FrameworkDraft) => call('frameworks:create', draft),
    onSuccess: () => client.invalidateQueries({ queryKey: frameworkKeys.all }),
  });
}
