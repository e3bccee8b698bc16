import type { EditUpdateBodySchema, FeedKind } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { recordFeed } from './feed.service';
import type { ProjectDeps } from './project-deps';
import type { ProjectRecord } from './project.model';
import { mentionDrafts } from './project-notifications';

/** What updates, comments and attachments share when they change or go away. */
type Item = { type: 'update' | 'comment'; id: Types.ObjectId };
type Project = Pick<
  ProjectRecord,
  '_id' | 'workspaceId' | 'title' | 'draft' | 'visibility' | 'partners'
>;

/** The stored fields of an edited text (update or comment). */
export function textChange(body: z.output<typeof EditUpdateBodySchema>) {
  return {
    text: body.text,
    mentions: body.mentions.map((id) => new Types.ObjectId(id)),
    editedAt: new Date(),
  };
}

/**
 * Announces an edit: a feed event (clients replace the item) and notifications for people newly
 * mentioned; those mentioned before were told then, and the notification key keeps it so.
 */
export async function announceEdit(
  deps: ProjectDeps,
  actor: Actor,
  project: Project,
  item: Item,
  body: z.output<typeof EditUpdateBodySchema>,
): Promise<void> {
  await recordFeed(deps.events, project, `${item.type}.edited`, actor.id, item.id);
  await deps.notifier.notify(
    mentionDrafts(project, { ...item, text: body.text, authorId: actor.id }, body.mentions),
  );
}

/**
 * Records a deletion in the council's audit log (moderation by an admin marked as such) and, for
 * what the feed showed, as a feed event so every client removes it.
 */
export async function recordDeletion(
  deps: ProjectDeps,
  actor: Actor,
  project: Project,
  item: { type: 'update' | 'comment' | 'attachment'; id: Types.ObjectId; authorId: Types.ObjectId },
  options: { inFeed: boolean } = { inFeed: true },
): Promise<void> {
  await recordAudit({
    workspaceId: project.workspaceId,
    action: 'content.deleted',
    actorId: actor.id,
    target: { type: 'project', id: project._id },
    details: {
      item: item.type,
      itemId: item.id.toHexString(),
      moderated: !item.authorId.equals(actor.id),
    },
  });
  if (options.inFeed) {
    const kind: FeedKind = `${item.type}.deleted`;
    await recordFeed(deps.events, project, kind, actor.id, item.id);
  }
}
