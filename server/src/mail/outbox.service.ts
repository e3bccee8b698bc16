import type { MailKind } from '@pnetz/shared';
import { forgetQueuedMailsTo } from './mail-queue';
import { OutboxMailModel, type OutboxMailRecord } from './outbox.model';

const OUTBOX_LIST_LIMIT = 200;

/**
 * The latest outbox mails, of one council or (null) of the whole platform; only the given kinds
 * when `kinds` is a list.
 */
export async function listOutbox(
  workspaceId: string | null,
  kinds: readonly MailKind[] | 'all' = 'all',
): Promise<OutboxMailRecord[]> {
  return OutboxMailModel.find({
    ...(workspaceId ? { workspaceId } : {}),
    ...(kinds === 'all' ? {} : { kind: { $in: kinds } }),
  })
    .sort({ _id: -1 })
    .limit(OUTBOX_LIST_LIMIT)
    .lean();
}

/** Removes mails to an address (account deletion: the outbox and the queue hold personal data). */
export async function forgetOutboxMailsTo(email: string): Promise<void> {
  await OutboxMailModel.deleteMany({ to: email });
  await forgetQueuedMailsTo(email);
}
