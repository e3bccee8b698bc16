import { createHash, randomBytes } from 'node:crypto';

/**
 * Invitation links carry 32 random bytes. Unguessable randomness is what makes the link safe
 * (it needs no signature); the database keeps only the SHA-256 hash, so neither a database dump
 * nor an admin can recover a working link.
 */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The page in the web client that accepts an invitation. */
export function invitationLink(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, '')}/einladung/${token}`;
}
