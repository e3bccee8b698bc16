import { FeedQuerySchema, type FeedItem, type FeedKind, type FeedQuery } from '@pnetz/shared';
import { Types, type QueryFilter } from 'mongoose';
import { AttachmentModel, CommentModel, UpdateModel } from './content.model';
import { resolvePeople } from '../privacy/attribution';
import { presentAttachment, presentComment, presentUpdates } from './content.presenter';
import { FeedEventModel, type FeedEventRecord } from './feed-event.model';
import type { ProjectEvents } from './project-events';
import { ProjectModel, type ProjectRecord } from './project.model';
import { effectiveVisibility } from './projects.policy';

const hex = (id: Types.ObjectId) => id.toHexString();
const KIND_ITEM: Partial<Record<FeedKind, 'update' | 'comment' | 'attachment'>> = {
  'update.posted': 'update',
  'update.edited': 'update',
  'comment.posted': 'comment',
  'comment.edited': 'comment',
  'attachment.added': 'attachment',
};

/**
 * Presents feed events with their items as they are now. Events whose item is gone (deleted
 * since) are left out, except the deletion events themselves, which clients apply by id.
 */
export async function presentFeed(records: FeedEventRecord[]): Promise<FeedItem[]> {
  const idsOf = (type: 'update' | 'comment' | 'attachment') =>
    records.filter((r) => KIND_ITEM[r.kind] === type && r.itemId).map((r) => r.itemId!);
  const [updates, comments, attachments, projects] = await Promise.all([
    UpdateModel.find({ _id: { $in: idsOf('update') } }).lean(),
    CommentModel.find({ _id: { $in: idsOf('comment') } }).lean(),
    AttachmentModel.find({ _id: { $in: idsOf('attachment') }, pending: false }).lean(),
    ProjectModel.find({ _id: { $in: records.map((r) => r.projectId) } }, { title: 1 }).lean(),
  ]);
  const [presentedUpdates, people] = await Promise.all([
    presentUpdates(updates),
    resolvePeople([
      ...records.map((r) => r.actorId),
      ...comments.flatMap((c) => [c.authorId, ...c.mentions]),
      ...attachments.map((a) => a.uploadedBy),
    ]),
  ]);
  const updateById = new Map(presentedUpdates.map((u) => [u.id, u]));
  const commentById = new Map(comments.map((c) => [hex(c._id), presentComment(c, people)]));
  const attachmentById = new Map(
    attachments.map((a) => [hex(a._id), presentAttachment(a, people)]),
  );
  const titleOf = new Map(projects.map((p) => [hex(p._id), p.title]));

  const items: FeedItem[] = [];
  for (const record of records) {
    const itemId = record.itemId ? hex(record.itemId) : null;
    const type = KIND_ITEM[record.kind];
    const update = type === 'update' && itemId ? (updateById.get(itemId) ?? null) : null;
    const comment = type === 'comment' && itemId ? (commentById.get(itemId) ?? null) : null;
    const attachment =
      type === 'attachment' && itemId ? (attachmentById.get(itemId) ?? null) : null;
    if (type && !update && !comment && !attachment) continue;
    items.push({
      id: hex(record._id),
      kind: record.kind,
      at: record.at.toISOString(),
      workspaceId: hex(record.workspaceId),
      project: {
        id: hex(record.projectId),
        title: titleOf.get(hex(record.projectId)) ?? record.projectTitle,
      },
      actor: people.ref(record.actorId),
      itemId,
      update,
      comment,
      attachment,
    });
  }
  return items;
}

/**
 * Records what happened and announces it live. The event is stored first, so a client that
 * misses the live message finds it with `since`.
 */
export async function recordFeed(
  events: ProjectEvents,
  project: Pick<ProjectRecord, '_id' | 'workspaceId' | 'title' | 'draft' | 'visibility'>,
  kind: FeedKind,
  actorId: string,
  itemId: Types.ObjectId | null = null,
): Promise<void> {
  const record =
    (kind === 'project.changed' && (await repeatedChange(project._id, actorId))) ||
    (
      await FeedEventModel.create({
        workspaceId: project.workspaceId,
        projectId: project._id,
        kind,
        actorId: new Types.ObjectId(actorId),
        itemId,
        projectTitle: project.title,
      })
    ).toObject();
  const [item] = await presentFeed([record]);
  if (item) events.feed({ item, visibility: effectiveVisibility(project) });
}

/** Saving a project step by step is one change in the feed, not one line per step. */
const CHANGE_COALESCE_MS = 30 * 60 * 1000;

/**
 * The same person's "changed" line of a moment ago, brought up to date, when nothing else
 * happened in the project since. Announced again with its id, clients replace rather than add.
 */
async function repeatedChange(
  projectId: Types.ObjectId,
  actorId: string,
): Promise<FeedEventRecord | null> {
  const last = await FeedEventModel.findOne({ projectId }).sort({ _id: -1 }).lean();
  if (
    !last ||
    last.kind !== 'project.changed' ||
    !last.actorId.equals(actorId) ||
    Date.now() - last.at.getTime() > CHANGE_COALESCE_MS
  ) {
    return null;
  }
  const at = new Date();
  await FeedEventModel.updateOne({ _id: last._id }, { $set: { at } });
  return { ...last, at };
}

export interface FeedPageRecords {
  items: FeedItem[];
  nextCursor: string | null;
}

/**
 * One page of a feed. Newest first by default (and with `before`); with `since`, the events after
 * that one, oldest first, which is what a reconnecting client applies in order.
 */
export async function listFeed(
  scope: { workspaceId: string } | { projectId: string },
  rawQuery: FeedQuery,
): Promise<FeedPageRecords> {
  const query = FeedQuerySchema.parse(rawQuery);
  const filter: QueryFilter<FeedEventRecord> =
    'workspaceId' in scope
      ? { workspaceId: new Types.ObjectId(scope.workspaceId) }
      : { projectId: new Types.ObjectId(scope.projectId) };
  if (query.since) filter._id = { $gt: new Types.ObjectId(query.since) };
  else if (query.before) filter._id = { $lt: new Types.ObjectId(query.before) };
  const records = await FeedEventModel.find(filter)
    .sort({ _id: query.since ? 1 : -1 })
    .limit(query.limit + 1)
    .lean();
  const hasMore = records.length > query.limit;
  const page = hasMore ? records.slice(0, query.limit) : records;
  return {
    items: await presentFeed(page),
    nextCursor: hasMore ? hex(page[page.length - 1]!._id) : null,
  };
}

/** Removes a project's feed (the project was deleted); the deletion event itself stays. */
export async function forgetProjectFeed(projectId: Types.ObjectId): Promise<void> {
  await FeedEventModel.deleteMany({ projectId, kind: { $ne: 'project.deleted' } });
}
