import type { Language, SessionUser } from '@pnetz/shared';
import { Types } from 'mongoose';
import { AppError, invalidCredentials, notFound } from '../errors';
import type { LoginLimiter } from './login-limiter';
import { hashPassword, verifyPassword } from './password';
import { UserModel } from './user.model';
import { presentSessionUser } from './user.presenter';

/** Loads the user behind a session, or null when the account is gone. */
export async function findSessionUser(userId: string): Promise<SessionUser | null> {
  if (!Types.ObjectId.isValid(userId)) return null;
  const user = await UserModel.findById(userId).lean();
  return user && !user.deactivatedAt ? presentSessionUser(user) : null;
}

export async function login(
  limiter: LoginLimiter,
  input: { email: string; password: string; ip: string },
): Promise<SessionUser> {
  const user = await UserModel.findOne({ email: input.email });
  const valid = await limiter.attempt(input.email, input.ip, async () =>
    Boolean(
      user && !user.deactivatedAt && (await verifyPassword(user.passwordHash, input.password)),
    ),
  );
  if (!user || !valid) throw invalidCredentials();
  user.lastLoginAt = new Date();
  await user.save();
  return presentSessionUser(user);
}

export async function changePassword(userId: string, current: string, next: string): Promise<void> {
  const user = await UserModel.findById(userId);
  if (!user) throw notFound('User');
  if (!(await verifyPassword(user.passwordHash, current))) {
    throw new AppError('validation_failed', 400, 'The current password is wrong', [
      { path: 'body.currentPassword', message: 'is wrong' },
    ]);
  }
  if (current === next) {
    throw new AppError(
      'validation_failed',
      400,
      'The new password must differ from the current one',
      [{ path: 'body.newPassword', message: 'must differ from the current password' }],
    );
  }
  user.passwordHash = await hashPassword(next);
  await user.save();
}

export async function updateProfile(
  userId: string,
  changes: { name?: string | undefined; language?: Language | undefined },
): Promise<SessionUser> {
  const update = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  );
  const user = await UserModel.findByIdAndUpdate(
    userId,
    { $set: update },
    { returnDocument: 'after' },
  ).lean();
  if (!user) throw notFound('User');
  return presentSessionUser(user);
}
