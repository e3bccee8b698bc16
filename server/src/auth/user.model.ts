import { LANGUAGES, PLATFORM_ROLES, type Language, type PlatformRole } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

export interface User {
  _id: Types.ObjectId;
  email: string;
  name: string;
  /** argon2id hash; absent for accounts that only sign in through single sign-on. */
  passwordHash?: string;
  /**
   * `issuer|subject` of the single sign-on identity linked on first use. Accounts are found by
   * verified e-mail; a later sign-on with the same address but another subject is refused.
   */
  oidcSubject?: string;
  platformRoles: PlatformRole[];
  language: Language;
  lastLoginAt?: Date;
  /** Set while a platform admin has deactivated the account: no sign-in, no session, no channel. */
  deactivatedAt?: Date | null;
  /** A requested new address, until confirmed through the link mailed to it (hash of the token). */
  pendingEmail?: { address: string; tokenHash: string; expiresAt: Date };
  createdAt: Date;
  updatedAt: Date;
}

const userSchema = new Schema<User>(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, required: true, trim: true },
    passwordHash: { type: String },
    oidcSubject: { type: String },
    platformRoles: { type: [String], enum: PLATFORM_ROLES, default: [] },
    language: { type: String, enum: LANGUAGES, default: 'de' },
    lastLoginAt: { type: Date },
    deactivatedAt: { type: Date, default: null },
    pendingEmail: {
      type: new Schema(
        {
          address: { type: String, required: true, lowercase: true, trim: true },
          tokenHash: { type: String, required: true },
          expiresAt: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: undefined,
    },
  },
  { timestamps: true },
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ 'pendingEmail.tokenHash': 1 }, { sparse: true });

export const UserModel = model<User>('User', userSchema);
