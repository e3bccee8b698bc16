import type { Types } from 'mongoose';
import { isCoordinator, isPlatformAdmin, type Actor } from '../auth/actor';
import { MembershipModel } from '../workspaces/membership.model';
import { authorizeWorkspace } from '../workspaces/workspaces.policy';

/**
 * Whose members the actor may find in the directory: the programme's coordinators and the
 * platform's admins every council's; everyone else the councils whose member list they may
 * read (the workspace rule `members.read`).
 */
export async function directoryScope(actor: Actor): Promise<Types.ObjectId[] | 'all'> {
  if (isCoordinator(actor) || isPlatformAdmin(actor)) return 'all';
  const memberships = await MembershipModel.find({ userId: actor.id }, { workspaceId: 1 }).lean();
  const allowed = await Promise.all(
    memberships.map((m) =>
      authorizeWorkspace(actor, m.workspaceId.toHexString(), 'members.read').then(
        () => true,
        () => false,
      ),
    ),
  );
  return memberships.filter((_, i) => allowed[i]).map((m) => m.workspaceId);
}
