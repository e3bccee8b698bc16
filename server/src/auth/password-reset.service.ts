import { createHash, randomBytes } from 'node:crypto';
import { notFound } from '../errors';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import type { AccessChanges } from '../realtime/access-changes';
import { endSessionsOf } from './account-sessions';
import type { LoginLimiter } from './login-limiter';
import { hashPassword } from './password';
import { passwordResetMail } from './password-reset-mail';
import { PasswordResetClaimModel, PasswordResetModel } from './password-reset.model';
import type { SessionEvents } from './session-events';
import { UserModel } from './user.model';

/** How long a reset link works. */
export const RESET_VALID_MINUTES = 60;
/** The client's page that sets the new password (see client/src/lib/paths.ts). */
export const RESET_PASSWORD_PATH = '/passwort-neu';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const linkInvalid = () => notFound('Reset link');

/**
 * Asks for a reset link. Every request counts against the login limits (kept apart from sign-in
 * attempts), whether or not the address belongs to an account, so the limits say nothing about
 * accounts either. The answer comes before the account is even looked up: its content and its
 * timing are the same for every address; the mail is prepared afterwards.
 */
export async function requestPasswordReset(
  input: { email: string; ip: string },
  deps: { limiter: LoginLimiter; mailer: Mailer; appUrl: string; logger: Logger },
): Promise<void> {
  await deps.limiter.attempt(input.email, input.ip, async () => false);
  void mailResetLink(input.email, deps).catch((error: unknown) =>
    deps.logger.error({ err: error }, 'password reset mail could not be prepared'),
  );
}

/**
 * Mails a fresh link to an active account with a password (accounts that sign in only through
 * single sign-on have none to reset). Earlier links of the account stop working.
 */
async function mailResetLink(
  email: string,
  deps: { mailer: Mailer; appUrl: string },
): Promise<void> {
  const user = await UserModel.findOne({ email }).lean();
  if (!user || user.deactivatedAt || !user.passwordHash) return;
  const token = randomBytes(32).toString('base64url');
  await PasswordResetModel.deleteMany({ userId: user._id });
  await PasswordResetModel.create({
    userId: user._id,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + RESET_VALID_MINUTES * 60 * 1000),
  });
  await deps.mailer.send(
    passwordResetMail({
      to: user.email,
      language: user.language,
      name: user.name,
      link: `${deps.appUrl}${RESET_PASSWORD_PATH}#${token}`,
      validMinutes: RESET_VALID_MINUTES,
    }),
  );
}

/**
 * Sets a new password with a link's token: once (the claim is a unique insert), before it
 * expires, for an active account. Every session of the account ends, with its live connections:
 * whoever knew the old password is out. The sign-in block of this account and address is lifted.
 */
export async function resetPassword(
  input: { token: string; newPassword: string; ip: string },
  deps: {
    limiter: LoginLimiter;
    loginLimiter: LoginLimiter;
    sessions: SessionEvents;
    access: AccessChanges;
  },
): Promise<void> {
  const tokenHash = hashToken(input.token);
  let userId: string | undefined;
  await deps.limiter.attempt(`link:${tokenHash.slice(0, 16)}`, input.ip, async () => {
    const record = await PasswordResetModel.findOne({
      tokenHash,
      expiresAt: { $gt: new Date() },
    }).lean();
    userId = record?.userId.toHexString();
    return Boolean(record);
  });
  if (!userId) throw linkInvalid();
  try {
    await PasswordResetClaimModel.create({ _id: tokenHash, claimedAt: new Date() });
  } catch (error) {
    if ((error as { code?: number }).code === 11000) throw linkInvalid();
    throw error;
  }
  const user = await UserModel.findById(userId);
  if (!user || user.deactivatedAt) throw linkInvalid();
  user.passwordHash = await hashPassword(input.newPassword);
  await user.save();
  await PasswordResetModel.deleteMany({ userId: user._id });
  await endSessionsOf(userId, deps.sessions);
  await deps.access.publish({ kind: 'password', userId });
  // Failed sign-ins are what usually leads here; they must not keep the owner out now.
  await deps.loginLimiter.forgive(user.email, input.ip);
}

/** Removes the reset links of an account (account deletion). */
export async function forgetPasswordResets(userId: string): Promise<void> {
  await PasswordResetModel.deleteMany({ userId });
}
