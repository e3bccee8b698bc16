import {
  AUDIT_ACTIONS,
  AUDIT_TARGET_TYPES,
  type AuditAction,
  type AuditDetails,
  type AuditTargetType,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * One entry of the audit log. Entries hold ids and facts only; names and addresses are looked up
 * when the log is read, so deleting an account (DSGVO) never requires editing the log.
 */
export interface AuditEventRecord {
  _id: Types.ObjectId;
  /** Null for platform-wide entries (sign-ins of platform admins, account deletions). */
  workspaceId: Types.ObjectId | null;
  action: AuditAction;
  /** Null when the system acted on its own. */
  actorId: Types.ObjectId | null;
  target: { type: AuditTargetType; id: string } | null;
  details: AuditDetails;
  at: Date;
}

const auditEventSchema = new Schema<AuditEventRecord>(
  {
    workspaceId: { type: Schema.Types.ObjectId, ref: 'Workspace', default: null },
    action: { type: String, enum: AUDIT_ACTIONS, required: true },
    actorId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    target: {
      type: new Schema(
        {
          type: { type: String, enum: AUDIT_TARGET_TYPES, required: true },
          id: { type: String, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
    details: { type: Schema.Types.Mixed, default: {} },
    at: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, minimize: false },
);
auditEventSchema.index({ workspaceId: 1, _id: -1 });
auditEventSchema.index({ actorId: 1 });
auditEventSchema.index({ 'target.id': 1 });

/**
 * The log is append-only: every way mongoose offers to change or delete entries fails here, so no
 * code path of the app can edit history, even by mistake.
 */
const appendOnly = (): never => {
  throw new Error('The audit log is append-only');
};
auditEventSchema.pre(
  [
    'updateOne',
    'updateMany',
    'findOneAndUpdate',
    'findOneAndReplace',
    'replaceOne',
    'deleteOne',
    'deleteMany',
    'findOneAndDelete',
  ],
  { document: false, query: true },
  appendOnly,
);
auditEventSchema.pre(['updateOne', 'deleteOne'], { document: true, query: false }, appendOnly);
auditEventSchema.pre('save', function rejectChanges() {
  if (!this.isNew) appendOnly();
});
auditEventSchema.pre('bulkWrite', appendOnly);

export const AuditEventModel = model<AuditEventRecord>(
  'AuditEvent',
  auditEventSchema,
  'audit_events',
);
