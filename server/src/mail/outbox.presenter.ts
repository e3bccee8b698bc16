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
    createdAt: mail.createdAt.toISOString(),
  };
}
