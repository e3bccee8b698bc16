import type { Invitation } from '@pnetz/shared';
import type { People } from '../privacy/attribution';
import { invitationStatus, type InvitationRecord } from './invitation.model';

/** Presents invitations; inviter and invitee resolve through `people` (see privacy/attribution). */
export function presentInvitation(invitation: InvitationRecord, people: People): Invitation {
  return {
    id: invitation._id.toHexString(),
    email: invitation.email,
    role: invitation.role,
    organisation: { type: invitation.organisation.type, name: invitation.organisation.name },
    status: invitationStatus(invitation),
    invitedBy: people.ref(invitation.invitedBy),
    acceptedBy: invitation.acceptedBy ? people.ref(invitation.acceptedBy) : null,
    delivery: invitation.delivery,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
    acceptedAt: invitation.acceptedAt?.toISOString() ?? null,
    revokedAt: invitation.revokedAt?.toISOString() ?? null,
  };
}

export function invitationPeopleIds(invitations: InvitationRecord[]) {
  return invitations.flatMap((invitation) => [invitation.invitedBy, invitation.acceptedBy]);
}
