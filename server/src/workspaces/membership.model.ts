import {
  ORGANISATION_TYPES,
  WORKSPACE_ROLES,
  type OrganisationType,
  type WorkspaceRole,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** One person's membership in one workspace; a person may be a member of several. */
export interface Membership {
  _id: Types.ObjectId;
  workspaceId: Types.ObjectId;
  userId: Types.ObjectId;
  role: WorkspaceRole;
  organisation: { type: OrganisationType; name: string };
  createdAt: Date;
  updatedAt: Date;
}

const membershipSchema = new Schema<Membership>(
  {
    workspaceId: { type: Schema.Types.ObjectId, required: true, ref: 'Workspace' },
    userId: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    role: { type: String, enum: WORKSPACE_ROLES, required: true },
    organisation: {
      type: { type: String, enum: ORGANISATION_TYPES, required: true },
      name: { type: String, required: true, trim: true },
    },
  },
  { timestamps: true },
);
membershipSchema.index({ workspaceId: 1, userId: 1 }, { unique: true });
membershipSchema.index({ userId: 1 });

export const MembershipModel = model<Membership>('Membership', membershipSchema);
