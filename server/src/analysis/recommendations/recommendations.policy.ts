import type { Actor } from '../../auth/actor';
import { forbidden } from '../../errors';
import { decideAnalysis, standingOf } from '../analysis.policy';
import type { SecurityAnalysis } from '../analysis.model';

/**
 * Who may do what with an analysis's recommendations, on top of the analysis's standing:
 *
 * | action | owner (the analysis team) | council member, guest | coordinator, platform admin | anyone else |
 * | ------ | ------------------------- | --------------------- | --------------------------- | ----------- |
 * | read   | allow                     | allow                 | allow                       | 403         |
 * | write  | allow                     | 403                   | 403                         | 403         |
 *
 * `write` is writing, accepting and declining recommendations; accepting also needs the right
 * to edit the action plan that receives the measure (the plans' own policy decides that).
 */
export type RecommendationAction = 'read' | 'write';

export async function authorizeRecommendations(
  actor: Actor,
  analysis: Pick<SecurityAnalysis, 'workspaceId' | 'ownerIds'>,
  action: RecommendationAction,
): Promise<{ manage: boolean }> {
  const standing = await standingOf(actor, analysis);
  if (!decideAnalysis(standing, action === 'read' ? 'read' : 'manage'))
    throw forbidden(`Security analysis recommendations: "${action}" is not allowed for you`);
  return { manage: decideAnalysis(standing, 'manage') };
}
