import { Types, type QueryFilter } from 'mongoose';
import type { Actor } from '../auth/actor';
import { NotificationModel, type NotificationRecord } from './notification.model';
import { stillVisible } from './notifications.policy';
import { unreadCount } from './notifier';

/** One page of a person's notifications; those whose subject they may no longer see are dropped. */
export async function listNotifications(
  actor: Actor,
  query: { before?: string | undefined; limit: number },
): Promise<{ items: NotificationRecord[]; unread: number; nextCursor: string | null }> {
  const filter: QueryFilter<NotificationRecord> = { userId: new Types.ObjectId(actor.id) };
  if (query.before) filter._id = { $lt: new Types.ObjectId(query.before) };
  const records = await NotificationModel.find(filter)
    .sort({ _id: -1 })
    .limit(query.limit + 1)
    .lean();
  const hasMore = records.length > query.limit;
  const page = hasMore ? records.slice(0, query.limit) : records;
  const { visible, gone } = await stillVisible(actor, page);
  if (gone.length)
    await NotificationModel.deleteMany({
      _id: { $in: gone },
      userId: new Types.ObjectId(actor.id),
    });
  return {
    items: visible,
    unread: await unreadCount(actor.id),
    nextCursor: hasMore ? page[page.length - 1]!._id.toHexString() : null,
  };
}

/** Marks the given notifications (or all) of the person as read; returns the unread count. */
export async function markRead(actor: Actor, ids: string[] | undefined): Promise<number> {
  const filter: QueryFilter<NotificationRecord> = {
    userId: new Types.ObjectId(actor.id),
    readAt: null,
  };
  if (ids) filter._id = { $in: ids.map((id) => new Types.ObjectId(id)) };
  await NotificationModel.updateMany(filter, { $set: { readAt: new Date() } });
  return unreadCount(actor.id);
}
