import { endpoints, type UpdateAnalysisBody } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { ANALYSIS_KEY } from './queries';

/** Saves a change to an analysis (owners, phases); every analysis view then refetches. */
export function useUpdateAnalysis(analysisId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAnalysisBody) =>
      api(endpoints.analysis.update, { params: { id: analysisId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [ANALYSIS_KEY] }),
  });
}
