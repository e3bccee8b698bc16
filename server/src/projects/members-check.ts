import { Types } from 'mongoose';
import { validationFailed } from '../errors';
import { MembershipModel } from '../workspaces/membership.model';

/**
 * People named in a project (partners' people, mentions) must belong to its council: they are
 * picked from its member list, and only members are notified about its internal content.
 * Refuses the request with a 400 naming each offending entry.
 */
export async function requireMembers(
  workspaceId: Types.ObjectId,
  entries: Array<{ path: string; userId: string }>,
): Promise<void> {
  if (entries.length === 0) return;
  const ids = [...new Set(entries.map((e) => e.userId))].map((id) => new Types.ObjectId(id));
  const members = await MembershipModel.find(
    { workspaceId, userId: { $in: ids } },
    { userId: 1 },
  ).lean();
  const known = new Set(members.map((m) => m.userId.toHexString()));
  const fields = entries
    .filter((e) => !known.has(e.userId))
    .map((e) => ({ path: e.path, message: 'is not a member of this council' }));
  if (fields.length) throw validationFailed(fields);
}

/** The @mentions of a body, as entries for `requireMembers`. */
export const mentionEntries = (mentions: string[]) =>
  mentions.map((userId, i) => ({ path: `body.mentions.${i}`, userId }));
