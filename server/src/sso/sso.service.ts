import type { SessionUser, SsoError } from '@pnetz/shared';
import { LIMITS } from '@pnetz/shared';
import { UserModel } from '../auth/user.model';
import { presentSessionUser } from '../auth/user.presenter';
import type { VerifiedIdentity } from './oidc-client';

export type SsoResult = { ok: true; user: SessionUser } | { ok: false; error: SsoError };

/**
 * Finds the account for a single sign-on identity by its e-mail address, which the provider must
 * have verified: an unverified address could be anyone's. The first sign-on links the identity;
 * a later one with the same address but another identity is refused (a reassigned address at the
 * provider must not take over the account). New accounts only when the operator allows it.
 */
export async function accountForIdentity(
  identity: VerifiedIdentity,
  options: { createAccounts: boolean },
): Promise<SsoResult> {
  if (!identity.email || !identity.emailVerified) return { ok: false, error: 'email_unverified' };
  const link = `${identity.issuer}|${identity.subject}`;
  const user = await UserModel.findOne({ email: identity.email });
  if (!user) {
    if (!options.createAccounts) return { ok: false, error: 'no_account' };
    const name = (identity.name ?? identity.email.split('@')[0] ?? identity.email).slice(
      0,
      LIMITS.nameMaxLength,
    );
    const created = await UserModel.create({
      email: identity.email,
      name,
      oidcSubject: link,
      lastLoginAt: new Date(),
    });
    return { ok: true, user: presentSessionUser(created) };
  }
  if (user.oidcSubject && user.oidcSubject !== link)
    return { ok: false, error: 'account_mismatch' };
  user.oidcSubject = link;
  user.lastLoginAt = new Date();
  await user.save();
  return { ok: true, user: presentSessionUser(user) };
}
