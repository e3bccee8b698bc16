import { isCoordinator, isPlatformAdmin, type Actor } from '../auth/actor';
import { forbidden } from '../errors';
import { findMembership } from '../workspaces/access';
import type { SecurityAnalysis } from './analysis.model';

/**
 * Who may do what with a security analysis. REST routes and the dashboard's socket room ask this
 * module.
 *
 * | action     | owner (council admin or named owner) | council member, guest | coordinator, platform admin | anyone else |
 * | ---------- | ------------------------------------ | --------------------- | --------------------------- | ----------- |
 * | read       | allow                                | allow                 | allow                       | 403         |
 * | manage     | allow                                | 403                   | 403                         | 403         |
 * | addresses  | allow                                | 403                   | 403                         | 403         |
 * | fieldwork  | allow                                | 403                   | allow                       | 403         |
 *
 * `manage` covers phases, owners, the register import, the sample and the letters. Addresses
 * are personal data under strict purpose limitation: only the owners read them, never the
 * programme staff. Analyses of other councils answer 403 rather than 404: their existence is
 * not secret (the programme dashboard counts them), their contents are.
 */
export type AnalysisStanding = 'owner' | 'member' | 'staff' | 'none';
export type AnalysisAction = 'read' | 'manage' | 'addresses' | 'fieldwork';

export function decideAnalysis(standing: AnalysisStanding, action: AnalysisAction): boolean {
  if (standing === 'owner') return true;
  if (action === 'read') return standing !== 'none';
  if (action === 'fieldwork') return standing === 'staff';
  return false;
}

const isStaff = (actor: Actor) => isCoordinator(actor) || isPlatformAdmin(actor);

/** The caller's standing towards one analysis. */
export async function standingOf(
  actor: Actor,
  analysis: Pick<SecurityAnalysis, 'workspaceId' | 'ownerIds'>,
): Promise<AnalysisStanding> {
  const membership = await findMembership(actor.id, analysis.workspaceId.toHexString());
  if (membership?.role === 'admin') return 'owner';
  if (membership && analysis.ownerIds.some((id) => id.toHexString() === actor.id)) return 'owner';
  if (isStaff(actor)) return 'staff';
  return membership ? 'member' : 'none';
}

/** Throws 403 unless the standing allows the action. */
export function requireAnalysis(standing: AnalysisStanding, action: AnalysisAction): void {
  if (!decideAnalysis(standing, action))
    throw forbidden(`Security analysis: "${action}" is not allowed for you`);
}

/** A council's analyses are listed to its members and the programme staff. */
export async function canListAnalyses(actor: Actor, workspaceId: string): Promise<boolean> {
  return isStaff(actor) || (await findMembership(actor.id, workspaceId)) !== null;
}

/** Council admins start analyses for their council. */
export async function canCreateAnalysis(actor: Actor, workspaceId: string): Promise<boolean> {
  return (await findMembership(actor.id, workspaceId))?.role === 'admin';
}
