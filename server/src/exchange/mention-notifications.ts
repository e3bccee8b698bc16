import type { NotificationDraft, Notifier } from '../notifications/notifier';
import type { ExchangeRecord, PostRecord } from './exchange.model';

/** The exchange page's address, in the users' language (as the client's `exchangePaths`). */
const postLink = (exchangeId: string, postId: string) =>
  `/austausch/${encodeURIComponent(exchangeId)}#post-${postId}`;

/**
 * The people named with @ in a post hear of it, as their notification settings say (in the app,
 * by mail at once or in the daily digest). Only participants can be mentioned (posts.service.ts
 * drops everyone else), so everyone notified may read the post.
 */
function mentionDrafts(post: PostRecord, exchange: ExchangeRecord): NotificationDraft[] {
  const exchangeId = exchange._id.toHexString();
  const postId = post._id.toHexString();
  return post.mentionIds.map((userId) => ({
    userId: userId.toHexString(),
    trigger: 'mention',
    key: `mention:post:${postId}`,
    groupKey: `mention:exchange:${exchangeId}`,
    workspaceId: null,
    // Participation was checked when the post was written; there is no council visibility.
    visibility: null,
    subject: { type: 'post', id: postId },
    actorId: post.authorId.toHexString(),
    title: exchange.title,
    excerpt: post.body,
    link: postLink(exchangeId, postId),
  }));
}

/** Notifies the mentioned participants of a post that was just written. */
export async function notifyMentions(
  notifier: Notifier,
  post: PostRecord,
  exchange: ExchangeRecord,
): Promise<void> {
  await notifier.notify(mentionDrafts(post, exchange));
}
