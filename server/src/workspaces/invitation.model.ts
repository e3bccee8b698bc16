import {
  LANGUAGES,
  ORGANISATION_TYPES,
  WORKSPACE_ROLES,
  type InvitationStatus,
  type Language,
  type MailDelivery,
  type OrganisationType,
  type WorkspaceRole,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * An invitation to a council. Only a SHA-256 hash of the link's token is stored, so a leaked
 * database does not open any door; the link itself exists only in the mail.
 */
export interface InvitationRecord {
  _id: Types.ObjectId;
  workspaceId: Types.ObjectId;
  /** Null once the invitee deleted their account (the address is personal data). */
  email: string | null;
  role: WorkspaceRole;
  organisation: { type: OrganisationType; name: string };
  language: Language;
  message?: string;
  tokenHash: string;
  expiresAt: Date;
  invitedBy: Types.ObjectId;
  delivery: MailDelivery;
  sendCount: number;
  acceptedAt: Date | null;
  acceptedBy: Types.ObjectId | null;
  revokedAt: Date | null;
  revokedBy: Types.ObjectId | null;
  createdAt: Date;
  updatedAt: Date;
}

const invitationSchema = new Schema<InvitationRecord>(
  {
    workspaceId: { type: Schema.Types.ObjectId, required: true, ref: 'Workspace' },
    email: { type: String, lowercase: true, trim: true, default: null },
    role: { type: String, enum: WORKSPACE_ROLES, required: true },
    organisation: {
      type: { type: String, enum: ORGANISATION_TYPES, required: true },
      name: { type: String, required: true, trim: true },
    },
    language: { type: String, enum: LANGUAGES, default: 'de' },
    message: { type: String },
    tokenHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
    invitedBy: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    delivery: { type: String, enum: ['sent', 'outbox', 'failed'], default: 'outbox' },
    sendCount: { type: Number, default: 0 },
    acceptedAt: { type: Date, default: null },
    acceptedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    revokedAt: { type: Date, default: null },
    revokedBy: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { timestamps: true },
);
invitationSchema.index({ tokenHash: 1 }, { unique: true });
invitationSchema.index({ workspaceId: 1, createdAt: -1 });
invitationSchema.index({ email: 1 });
invitationSchema.index({ invitedBy: 1 });

export const InvitationModel = model<InvitationRecord>('Invitation', invitationSchema);

/** Derived, never stored: expiry is a matter of time, not of a job flipping a flag. */
export function invitationStatus(
  invitation: Pick<InvitationRecord, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}
