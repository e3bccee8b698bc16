import type { MailKind } from '@pnetz/shared';
import nodemailer from 'nodemailer';
import type { Env } from '../env';
import type { Logger } from '../logger';
import type { MailMessage } from './mail-message';
import { DEFAULT_MAIL_QUEUE, MailQueue, type MailQueueOptions } from './mail-queue';
import { OutboxMailModel } from './outbox.model';

export type { MailAttachment, MailMessage } from './mail-message';

/**
 * What became of a mail: handed to the SMTP server (`sent`), stored and retried until it is
 * (`queued`), or kept in the outbox for reading in the app (`kept`).
 */
export type MailOutcome = 'sent' | 'queued' | 'kept';

/** Sends mail. Features depend on this interface; tests and development use the outbox. */
export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  /**
   * Stores the mail durably and delivers it; an SMTP failure does not lose it: it is retried
   * with growing pauses, across restarts (see mail-queue.ts).
   */
  send(message: MailMessage): Promise<MailOutcome>;
  /**
   * One attempt, throwing when it fails: for mails whose failure the user sees and repeats
   * themselves (an invitation's "send again"), where a later retry would send a stale link.
   */
  sendOnce(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export function outboxMailer(): Mailer {
  const keep = async (message: MailMessage) => {
    await OutboxMailModel.create({ ...message, workspaceId: message.workspaceId ?? null });
  };
  return {
    transport: 'outbox',
    async send(message) {
      await keep(message);
      return 'kept';
    },
    sendOnce: keep,
    async close() {},
  };
}

export function smtpMailer(
  url: string,
  from: string,
  logger: Logger,
  queueOptions: MailQueueOptions = DEFAULT_MAIL_QUEUE,
): Mailer {
  const transporter = nodemailer.createTransport(url);
  const deliver = async (message: MailMessage) => {
    await transporter.sendMail({
      from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      attachments: message.attachments,
    });
  };
  const queue = new MailQueue(deliver, logger, queueOptions);
  queue.start();
  return {
    transport: 'smtp',
    send: (message) => queue.enqueue(message),
    sendOnce: deliver,
    async close() {
      await queue.stop();
      transporter.close();
    },
  };
}

/** SMTP when SMTP_URL is set, otherwise the outbox (with a warning in production). */
export function createMailer(env: Env, logger: Logger): Mailer {
  if (env.SMTP_URL) return smtpMailer(env.SMTP_URL, env.MAIL_FROM, logger);
  if (env.NODE_ENV === 'production') {
    logger.warn(
      'SMTP_URL is not set: mail is kept in the outbox, where council admins can read it',
    );
  }
  return outboxMailer();
}
