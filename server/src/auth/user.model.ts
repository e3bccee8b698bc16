import { LANGUAGES, PLATFORM_ROLES, type Language, type PlatformRole } from '@pnetz/shared';
import { Schema, model, type HydratedDocument, type Types } from 'mongoose';

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
  },
  { timestamps: true },
);
userSchema.index({ email: 1 }, { unique: true });

export const UserModel = model<User>('User', userSchema);
export type UserDocument = HydratedDocument<User>;
