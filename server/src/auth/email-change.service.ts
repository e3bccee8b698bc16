import { createHash, randomBytes } from 'node:crypto';
import { conflict, notFound, validationFailed } from '../errors';
import type { Mailer } from '../mail/mailer';
import { emailChangeMail } from './email-change-mail';
import { verifyPassword } from './password';
import { UserModel } from './user.model';

const CONFIRMATION_HOURS = 24;
/** The client's page that confirms a new address (see client/src/lib/paths.ts). */
export const CONFIRM_EMAIL_PATH = '/email-bestaetigen';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const addressTaken = () =>
  conflict('The e-mail address belongs to another account', [
    { path: 'body.email', message: 'belongs to another account' },
  ]);

/**
 * Starts an address change: checks the password (for accounts that have one), keeps the new
 * address pending and mails a single-use link to it. The address changes only when that link is
 * opened, so nobody can move an account to an address they cannot read.
 */
export async function requestEmailChange(
  userId: string,
  body: { email: string; password?: string | undefined },
  deps: { mailer: Mailer; appUrl: string },
): Promise<void> {
  const user = await UserModel.findById(userId);
  if (!user) throw notFound('User');
  if (user.passwordHash) {
    if (!body.password) throw validationFailed([{ path: 'body.password', message: 'is required' }]);
    if (!(await verifyPassword(user.passwordHash, body.password))) {
      throw validationFailed(
        [{ path: 'body.password', message: 'is wrong' }],
        'The password is wrong',
      );
    }
  }
  if (body.email === user.email) {
    throw validationFailed([
      { path: 'body.email', message: 'is already the address of the account' },
    ]);
  }
  if (await UserModel.exists({ email: body.email })) throw addressTaken();
  const token = randomBytes(32).toString('base64url');
  user.pendingEmail = {
    address: body.email,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + CONFIRMATION_HOURS * 60 * 60 * 1000),
  };
  await user.save();
  await deps.mailer.send(
    emailChangeMail({
      to: body.email,
      language: user.language,
      name: user.name,
      link: `${deps.appUrl}${CONFIRM_EMAIL_PATH}#${token}`,
    }),
  );
}

/**
 * Confirms a pending address with the token from the mail. One conditional update: the token
 * works once, and the unique index on e-mail refuses an address taken in the meantime.
 */
export async function confirmEmailChange(token: string): Promise<{ email: string }> {
  const tokenHash = hashToken(token);
  const user = await UserModel.findOne({
    'pendingEmail.tokenHash': tokenHash,
    'pendingEmail.expiresAt': { $gt: new Date() },
  }).lean();
  const address = user?.pendingEmail?.address;
  if (!user || !address) throw notFound('Confirmation');
  try {
    const updated = await UserModel.updateOne(
      { _id: user._id, 'pendingEmail.tokenHash': tokenHash },
      { $set: { email: address }, $unset: { pendingEmail: 1 } },
    );
    if (updated.modifiedCount === 0) throw notFound('Confirmation');
  } catch (error) {
    if ((error as { code?: number }).code === 11000) throw addressTaken();
    throw error;
  }
  return { email: address };
}
