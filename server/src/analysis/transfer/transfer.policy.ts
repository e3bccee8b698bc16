import type { Actor } from '../../auth/actor';
import { forbidden } from '../../errors';
import { decideAnalysis, standingOf } from '../analysis.policy';
import type { SecurityAnalysis } from '../analysis.model';

/**
 * Who may do what with the comparisons and the transfer, on top of the analysis's standing:
 *
 * | action | owner (the analysis team) | council member, guest | coordinator, platform admin | anyone else |
 * | ------ | ------------------------- | --------------------- | --------------------------- | ----------- |
 * | read   | allow                     | allow                 | allow                       | 403         |
 * | manage | allow                     | 403                   | 403                         | 403         |
 *
 * `read` is the wave comparison, the comparison between councils (only opted-in councils; the
 * programme staff see all of them) and the chain's state; `manage` opts in or out, creates the
 * transfer workshop and publishes the experience report.
 */
export type TransferAction = 'read' | 'manage';

export async function authorizeTransfer(
  actor: Actor,
  analysis: Pick<SecurityAnalysis, 'workspaceId' | 'ownerIds'>,
  action: TransferAction,
): Promise<{ manage: boolean }> {
  const standing = await standingOf(actor, analysis);
  if (!decideAnalysis(standing, action))
    throw forbidden(`Security analysis transfer: "${action}" is not allowed for you`);
  return { manage: decideAnalysis(standing, 'manage') };
}
