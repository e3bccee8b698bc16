import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common';
import { endpoint } from './endpoint';
import { WorkspaceIdParamsSchema } from './workspaces';

/** `notification`: one notification at once; `digest`: the daily summary of notifications. */
export const MAIL_KINDS = ['invitation', 'notification', 'digest', 'account', 'training'] as const;
export const MailKindSchema = z.enum(MAIL_KINDS);
export type MailKind = z.infer<typeof MailKindSchema>;

/** A mail kept in the outbox because no SMTP server is configured (development, tests). */
export const OutboxMailSchema = z.object({
  id: IdSchema,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  kind: MailKindSchema,
  workspaceId: IdSchema.nullable(),
  /** Files sent with the mail (e.g. an `.ics` invitation), text content only. */
  attachments: z
    .array(
      z.object({
        filename: z.string(),
        contentType: z.string(),
        content: z.string(),
        /** `base64` for binary files (images), null for text. */
        encoding: z.literal('base64').nullable().default(null),
      }),
    )
    .default([]),
  createdAt: TimestampSchema,
});
export type OutboxMail = z.infer<typeof OutboxMailSchema>;

export const OutboxSchema = z.object({
  /** `smtp`: mail leaves the platform and the outbox stays empty; `outbox`: it lands here. */
  transport: z.enum(['smtp', 'outbox']),
  items: z.array(OutboxMailSchema),
});
export type Outbox = z.infer<typeof OutboxSchema>;

export const mailEndpoints = {
  workspaceOutbox: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/outbox',
    summary: 'Mails the council sent while no SMTP server is configured (council admins)',
    tag: 'mail',
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    response: OutboxSchema,
  }),
  outbox: endpoint({
    method: 'get',
    path: '/api/outbox',
    summary:
      'The whole outbox: every mail for platform admins, the invitations for programme coordinators',
    tag: 'mail',
    auth: 'user',
    response: OutboxSchema,
  }),
};
