import { isCoordinator, isPlatformAdmin, type Actor } from '../auth/actor';
import { forbidden } from '../errors';

/**
 * Who may do what with training offers.
 *
 * | caller                                   | catalogue | register | organise (offers, lists, check-in, certificates, feedback results, figures) |
 * | ---------------------------------------- | --------- | -------- | ---------------------------------------------------------------------------- |
 * | guest (not signed in)                    | read      | as guest, confirmed by e-mail | –                                          |
 * | anyone signed in                         | read      | in one step | –                                                             |
 * | programme coordinator, platform admin    | read      | in one step | yes                                                           |
 *
 * A registration's private link (from the mails) is its own credential: it shows, confirms and
 * cancels that one registration and nothing else.
 */
export type TrainingAction = 'organise';

export function trainingAllows(actor: Actor | null, action: TrainingAction): boolean {
  switch (action) {
    case 'organise':
      return actor !== null && (isCoordinator(actor) || isPlatformAdmin(actor));
  }
}

export function authorizeTraining(actor: Actor | null, action: TrainingAction): void {
  if (!trainingAllows(actor, action))
    throw forbidden('Only programme coordinators organise training');
}
