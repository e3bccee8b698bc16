import { FUNDING_RULES, type FundingRule } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api';
import { PROGRAMME_KEY } from '../queries';

/** A change to a programme record; on success every programme view refetches. */
export function useRecordMutation<TInput, TResult>(
  mutationFn: (input: TInput) => Promise<TResult>,
  onSuccess?: (result: TResult) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      // The confirmation shows at once; the views refetch in the background.
      void queryClient.invalidateQueries({ queryKey: [PROGRAMME_KEY] });
      onSuccess?.(result);
    },
  });
}

export interface FieldProblem {
  /** The field below `body.` (e.g. `ownShare`, `milestones.0.date`). */
  field: string;
  /** A funding rule the server named for this field, if any. */
  rule: FundingRule | null;
}

/**
 * The fields a 400 names. Server messages are for logs; the client shows its own texts, and for
 * funding rules (`own_share_min: …`) the rule's explanation.
 */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!isApiError(error, 'validation_failed')) return [];
  return error.fields.map((f) => {
    const rule = FUNDING_RULES.find((r) => f.message.startsWith(`${r}:`)) ?? null;
    return { field: f.path.replace(/^(body|query)\./, ''), rule };
  });
}
