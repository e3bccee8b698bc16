import { isPlatformAdmin, type Actor } from '../auth/actor';
import { forbidden } from '../errors';

/**
 * The platform-wide log is for the people who operate the platform. A council's log is decided
 * by the workspace policy (`audit.read`: the council's admins).
 */
export function authorizePlatformLog(actor: Actor): void {
  if (!isPlatformAdmin(actor)) throw forbidden('Only platform admins read the platform log');
}
