import type { Actor } from '../auth/actor';
import { isCoordinator, isPlatformAdmin } from '../auth/actor';
import { forbidden } from '../errors';

/** Account management is for the people who operate the platform. */
export function requirePlatformAdmin(actor: Actor): void {
  if (!isPlatformAdmin(actor)) throw forbidden('Only platform administrators manage accounts');
}

/** Councils are founded by the platform's operators and by the programme's coordinators. */
export function requireCanFoundWorkspace(actor: Actor): void {
  if (!isPlatformAdmin(actor) && !isCoordinator(actor)) {
    throw forbidden('Only platform administrators and programme coordinators found councils');
  }
}
