import { Types } from 'mongoose';
import { isCoordinator, isPlatformAdmin, type Actor } from '../auth/actor';
import { forbidden, notFound } from '../errors';
import { MembershipModel } from '../workspaces/membership.model';
import { MunicipalityModel, type MunicipalityRecord } from './municipality.model';

/**
 * Who may do what with the programme records. REST routes and the socket room ask this module.
 *
 * | action            | coordinator, platform admin | member (any role) of the municipality's council | anyone else |
 * | ----------------- | --------------------------- | ------------------------------------------------ | ----------- |
 * | dashboard.read    | allow                       | 403                                              | 403         |
 * | dashboard.join    | allow                       | refused                                          | refused     |
 * | municipality.read | allow                       | allow (their own municipality only)              | 404         |
 * | records.write     | allow                       | 403                                              | 404         |
 *
 * `dashboard.read` covers the figures, trend, registry table, map, funding list, budgets,
 * exports and the report: they describe every municipality. A council member sees their own
 * municipality's records (milestones, agreement, coaching, security analysis, funding) and
 * nothing of any other municipality; records they may not see answer 404, so their existence
 * does not leak. Coordinators may list the measures of a municipality's council to link
 * recommendations to them (titles and progress only), as the chain finding → recommendation →
 * measure → result is theirs to keep.
 */
export type ProgrammeAction =
  'dashboard.read' | 'dashboard.join' | 'municipality.read' | 'records.write';
export type ProgrammeDecision = 'allow' | 'forbidden' | 'not_found';

export function isProgrammeStaff(actor: Actor): boolean {
  return isCoordinator(actor) || isPlatformAdmin(actor);
}

/** Pure decision; `ownMunicipality` = the caller is a member of the municipality's council. */
export function decideProgramme(
  actor: Actor,
  action: ProgrammeAction,
  ownMunicipality = false,
): ProgrammeDecision {
  if (isProgrammeStaff(actor)) return 'allow';
  switch (action) {
    case 'dashboard.read':
    case 'dashboard.join':
      return 'forbidden';
    case 'municipality.read':
      return ownMunicipality ? 'allow' : 'not_found';
    case 'records.write':
      return ownMunicipality ? 'forbidden' : 'not_found';
  }
}

/** The councils (workspaces) the caller is a member of, in any role. */
export async function memberWorkspaceIds(actor: Actor): Promise<Types.ObjectId[]> {
  const memberships = await MembershipModel.find(
    { userId: new Types.ObjectId(actor.id) },
    { workspaceId: 1 },
  ).lean();
  return memberships.map((m) => m.workspaceId);
}

async function isOwnMunicipality(
  actor: Actor,
  municipality: Pick<MunicipalityRecord, 'workspaceId'>,
): Promise<boolean> {
  if (!municipality.workspaceId) return false;
  const membership = await MembershipModel.exists({
    userId: new Types.ObjectId(actor.id),
    workspaceId: municipality.workspaceId,
  });
  return membership !== null;
}

function enforce(decision: ProgrammeDecision, action: ProgrammeAction): void {
  if (decision === 'not_found') throw notFound('Municipality');
  if (decision === 'forbidden') throw forbidden(`Not allowed: ${action}`);
}

/** Throws unless the caller may use the dashboard-wide views (figures, tables, exports). */
export function requireProgrammeStaff(
  actor: Actor,
  action: 'dashboard.read' | 'dashboard.join' = 'dashboard.read',
): void {
  enforce(decideProgramme(actor, action), action);
}

/** Loads a municipality and enforces the action on it: 404 when missing or not the caller's to see. */
export async function authorizeMunicipality(
  actor: Actor,
  municipalityId: string | Types.ObjectId,
  action: ProgrammeAction,
): Promise<MunicipalityRecord> {
  const municipality = Types.ObjectId.isValid(municipalityId)
    ? await MunicipalityModel.findById(municipalityId).lean()
    : null;
  if (!municipality) throw notFound('Municipality');
  const own = isProgrammeStaff(actor) ? false : await isOwnMunicipality(actor, municipality);
  enforce(decideProgramme(actor, action, own), action);
  return municipality;
}
