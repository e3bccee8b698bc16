import type { MailKind } from '@pnetz/shared';

/** A mail as features hand it to the mailer, and as the queue keeps it until it is sent. */
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
