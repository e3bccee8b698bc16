import { Schema, model, type Types } from 'mongoose';

/**
 * A link to set a new password, mailed to the account's address. Only the hash of its token is
 * kept: a copy of the database does not let anyone reset a password.
 */
export interface PasswordResetRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  tokenHash: string;
  expiresAt: Date;
  createdAt: Date;
}

const passwordResetSchema = new Schema<PasswordResetRecord>(
  {
    userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    tokenHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
passwordResetSchema.index({ tokenHash: 1 }, { unique: true });
passwordResetSchema.index({ userId: 1 });

export const PasswordResetModel = model<PasswordResetRecord>(
  'PasswordReset',
  passwordResetSchema,
  'password_resets',
);

/**
 * The use of a reset link: inserting its token hash is the atomic claim (a unique `_id`), so a
 * link sets a password once even when it is opened twice at the same moment.
 */
interface PasswordResetClaim {
  _id: string;
  claimedAt: Date;
}

export const PasswordResetClaimModel = model<PasswordResetClaim>(
  'PasswordResetClaim',
  new Schema<PasswordResetClaim>(
    { _id: String, claimedAt: { type: Date, required: true } },
    { versionKey: false, collection: 'password_reset_claims' },
  ),
);
