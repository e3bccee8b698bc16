import { forgetQueuedMailsTo } from './mail-queue';
import { OutboxMailModel, type OutboxMailRecord } from './outbox.model';

const OUTBOX_LIST_LIMIT = 200;

/** The latest outbox mails, of one council or (null) of the whole platform. */
export async function listOutbox(workspaceId: string | null): Promise<OutboxMailRecord[]> {
  return OutboxMailModel.find(workspaceId ? { workspaceId } : {})
    .sort({ _id: -1 })
    .limit(OUTBOX_LIST_LIMIT)
    .lean();
}

/** Removes mails to an address (account deletion: the outbox and the queue hold personal data). */
export async function forgetOutboxMailsTo(email: string): Promise<void> {
  await OutboxMailModel.deleteMany({ to: email });
  await forgetQueuedMailsTo(email);
}
