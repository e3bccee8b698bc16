import type { OutboxMail } from '@pnetz/shared';
import type { OutboxMailRecord } from './outbox.model';

export function presentOutboxMail(mail: OutboxMailRecord): OutboxMail {
  return {
    id: mail._id.toHexString(),
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    kind: mail.kind,
    workspaceId: mail.workspaceId?.toHexString() ?? null,
    attachments: (mail.attachments ?? []).map(({ filename, contentType, content, encoding }) => ({
      filename,
      contentType,
      content,
      encoding: encoding === 'base64' ? ('base64' as const) : null,
    })),
    createdAt: mail.createdAt.toISOString(),
  };
}
