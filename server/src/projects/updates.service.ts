import type { CreateUpdateBodySchema, EditUpdateBodySchema } from '@pnetz/shared';
import { Types, type QueryFilter } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { notFound, validationFailed } from '../errors';
import { NotificationModel } from '../notifications/notification.model';
import { removeAttachments } from './attachments.service';
import { AttachmentModel, CommentModel, UpdateModel, type UpdateRecord } from './content.model';
import { announceEdit, recordDeletion, textChange } from './content-changes';
import { recordFeed } from './feed.service';
import { mentionEntries, requireMembers } from './members-check';
import type { ProjectDeps } from './project-deps';
import { mentionDrafts, partnerUpdateDrafts } from './project-notifications';
import { authorizeProject, canChangeOwn, canDelete, requireItemRight } from './projects.policy';
import { indexProjectUpdate, removeProjectUpdate } from '../search/sources/projects';

export async function listUpdates(
  actor: Actor,
  projectId: string,
  query: { before?: string | undefined; limit: number },
): Promise<{ items: UpdateRecord[]; nextCursor: string | null }> {
  const { project } = await authorizeProject(actor, projectId, 'read');
  const filter: QueryFilter<UpdateRecord> = { projectId: project._id };
  if (query.before) filter._id = { $lt: new Types.ObjectId(query.before) };
  const records = await UpdateModel.find(filter)
    .sort({ _id: -1 })
    .limit(query.limit + 1)
    .lean();
  const hasMore = records.length > query.limit;
  const items = hasMore ? records.slice(0, query.limit) : records;
  return { items, nextCursor: hasMore ? items[items.length - 1]!._id.toHexString() : null };
}

/** Posts an update with the files uploaded for it; partners and the people mentioned hear of it. */
export async function postUpdate(
  actor: Actor,
  projectId: string,
  body: z.output<typeof CreateUpdateBodySchema>,
  deps: ProjectDeps,
): Promise<UpdateRecord> {
  const { project } = await authorizeProject(actor, projectId, 'post');
  const attachmentIds = body.attachmentIds.map((id) => new Types.ObjectId(id));
  const uploads = await AttachmentModel.find(
    {
      _id: { $in: attachmentIds },
      projectId: project._id,
      pending: true,
      uploadedBy: new Types.ObjectId(actor.id),
    },
    { _id: 1 },
  ).lean();
  const found = new Set(uploads.map((u) => u._id.toHexString()));
  const missing = body.attachmentIds
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !found.has(id))
    .map(({ i }) => ({
      path: `body.attachmentIds.${i}`,
      message: 'is not a file you uploaded for this project',
    }));
  if (missing.length) throw validationFailed(missing);
  await requireMembers(project.workspaceId, mentionEntries(body.mentions));

  const created = await UpdateModel.create({
    projectId: project._id,
    workspaceId: project.workspaceId,
    authorId: new Types.ObjectId(actor.id),
    text: body.text,
    attachmentIds,
    mentions: body.mentions.map((id) => new Types.ObjectId(id)),
    followers: [new Types.ObjectId(actor.id)],
  });
  await AttachmentModel.updateMany(
    { _id: { $in: attachmentIds } },
    { $set: { pending: false, updateId: created._id } },
  );
  await recordFeed(deps.events, project, 'update.posted', actor.id, created._id);
  await indexProjectUpdate(created.toObject(), project);

  const item = { type: 'update' as const, id: created._id, text: body.text, authorId: actor.id };
  await deps.notifier.notify([
    ...mentionDrafts(project, item, body.mentions),
    ...partnerUpdateDrafts(project, item, new Set(body.mentions)),
  ]);
  return created.toObject();
}

async function findUpdate(actor: Actor, updateId: string) {
  const update = Types.ObjectId.isValid(updateId)
    ? await UpdateModel.findById(updateId).lean()
    : null;
  if (!update) throw notFound('Update');
  const authorization = await authorizeProject(actor, update.projectId, 'read');
  return { update, ...authorization };
}

export async function editUpdate(
  actor: Actor,
  updateId: string,
  body: z.output<typeof EditUpdateBodySchema>,
  deps: ProjectDeps,
): Promise<UpdateRecord> {
  const { update, project, permissions } = await findUpdate(actor, updateId);
  requireItemRight(canChangeOwn(actor, update.authorId, permissions), 'update');
  await requireMembers(project.workspaceId, mentionEntries(body.mentions));
  const edited = await UpdateModel.findByIdAndUpdate(
    update._id,
    { $set: textChange(body) },
    { returnDocument: 'after' },
  ).lean();
  if (!edited) throw notFound('Update');
  await indexProjectUpdate(edited, project);
  await announceEdit(deps, actor, project, { type: 'update', id: update._id }, body);
  return edited;
}

/** Deletes an update with its comments and files; moderation by admins is logged as such. */
export async function deleteUpdate(
  actor: Actor,
  updateId: string,
  deps: ProjectDeps,
): Promise<void> {
  const { update, project, permissions } = await findUpdate(actor, updateId);
  requireItemRight(canDelete(actor, update.authorId, permissions), 'update');
  const comments = await CommentModel.find(
    { 'target.type': 'update', 'target.id': update._id },
    { _id: 1 },
  ).lean();
  await removeAttachments(
    await AttachmentModel.find({ updateId: update._id }, { fileId: 1 }).lean(),
  );
  await CommentModel.deleteMany({ _id: { $in: comments.map((c) => c._id) } });
  await NotificationModel.deleteMany({
    'subject.id': {
      $in: [update._id, ...comments.map((c) => c._id)].map((id) => id.toHexString()),
    },
  });
  await UpdateModel.deleteOne({ _id: update._id });
  await removeProjectUpdate(update._id);
  await recordDeletion(deps, actor, project, {
    type: 'update',
    id: update._id,
    authorId: update.authorId,
  });
}
