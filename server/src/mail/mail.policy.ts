import { isPlatformAdmin, type Actor } from '../auth/actor';
import { forbidden } from '../errors';

/** The whole outbox spans every council: platform admins only. A council's part: see `outbox.read`. */
export function authorizePlatformOutbox(actor: Actor): void {
  if (!isPlatformAdmin(actor)) throw forbidden('Only platform admins read the whole outbox');
}
