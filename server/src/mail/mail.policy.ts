import type { MailKind } from '@pnetz/shared';
import { isCoordinator, isPlatformAdmin, type Actor } from '../auth/actor';
import { forbidden } from '../errors';

/**
 * Which kinds of mail of the whole outbox the actor may read: every kind for platform admins;
 * invitations for programme coordinators, who found councils and hand the first admin the link.
 * Account mails (password reset, address change) hold the keys to other people's accounts and
 * stay with the platform admins. A council's own part: see `outbox.read`.
 */
export function authorizePlatformOutbox(actor: Actor): readonly MailKind[] | 'all' {
  if (isPlatformAdmin(actor)) return 'all';
  if (isCoordinator(actor)) return ['invitation'];
  throw forbidden('Only platform admins and programme coordinators read the whole outbox');
}
