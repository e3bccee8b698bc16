import type { Member, WorkspaceRole } from '@pnetz/shared';
import type { Actor } from '../auth/actor';
import type { MemberRecord } from './members.service';
import { canSeeMemberEmails } from './workspaces.policy';

export function presentMember(
  record: MemberRecord,
  viewer: Actor,
  viewerRole: WorkspaceRole | null,
): Member {
  const { membership, user } = record;
  const userId = user._id.toHexString();
  return {
    userId,
    name: user.name,
    email: canSeeMemberEmails(viewerRole) || userId === viewer.id ? user.email : null,
    role: membership.role,
    organisation: { type: membership.organisation.type, name: membership.organisation.name },
    joinedAt: membership.createdAt.toISOString(),
    isMe: userId === viewer.id,
  };
}
