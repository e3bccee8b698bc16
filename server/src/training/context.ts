import type { TrainingMails } from './training-mail';

/** What the training services share: the mails and the secret that signs registration links. */
export interface TrainingContext {
  mails: TrainingMails;
  secret: string;
}
