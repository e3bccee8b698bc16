import type { MailKind } from '@pnetz/shared';
import nodemailer from 'nodemailer';
import type { Env } from '../env';
import type { Logger } from '../logger';
import { OutboxMailModel } from './outbox.model';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  kind: MailKind;
  /** The council on whose behalf the mail goes out; its admins see it in the outbox. */
  workspaceId?: string | null;
  /** Text attachments, e.g. an `.ics` calendar entry. */
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  /** Text, or base64 when `encoding` says so (images). */
  content: string;
  encoding?: 'base64';
}

/** Sends mail. Features depend on this interface; tests and development use the outbox. */
export interface Mailer {
  readonly transport: 'smtp' | 'outbox';
  /** Resolves once the mail is handed to the SMTP server or stored in the outbox. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function outboxMailer(): Mailer {
  return {
    transport: 'outbox',
    async send(message) {
      await OutboxMailModel.create({ ...message, workspaceId: message.workspaceId ?? null });
    },
    close() {},
  };
}

export function smtpMailer(url: string, from: string): Mailer {
  const transporter = nodemailer.createTransport(url);
  return {
    transport: 'smtp',
    async send(message) {
      await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        attachments: message.attachments,
      });
    },
    close() {
      transporter.close();
    },
  };
}

/** SMTP when SMTP_URL is set, otherwise the outbox (with a warning in production). */
export function createMailer(env: Env, logger: Logger): Mailer {
  if (env.SMTP_URL) return smtpMailer(env.SMTP_URL, env.MAIL_FROM);
  if (env.NODE_ENV === 'production') {
    logger.warn(
      'SMTP_URL is not set: mail is kept in the outbox, where council admins can read it',
    );
  }
  return outboxMailer();
}
