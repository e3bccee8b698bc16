import type { CommentBodySchema, CommentTarget } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { notFound } from '../errors';
import { NotificationModel } from '../notifications/notification.model';
import { CommentModel, UpdateModel, type CommentRecord } from './content.model';
import { announceEdit, recordDeletion, textChange } from './content-changes';
import { recordFeed } from './feed.service';
import { mentionEntries, requireMembers } from './members-check';
import type { ProjectDeps } from './project-deps';
import { ProjectModel } from './project.model';
import { commentDrafts, mentionDrafts } from './project-notifications';
import { authorizeProject, canChangeOwn, canDelete, requireItemRight } from './projects.policy';

type Body = z.output<typeof CommentBodySchema>;

export async function listProjectComments(
  actor: Actor,
  projectId: string,
): Promise<CommentRecord[]> {
  const { project } = await authorizeProject(actor, projectId, 'read');
  return CommentModel.find({ 'target.type': 'project', 'target.id': project._id })
    .sort({ _id: 1 })
    .lean();
}

/** The project a comment target belongs to, and the followers of the target. */
async function resolveTarget(actor: Actor, target: CommentTarget) {
  if (target.type === 'project') {
    const authorization = await authorizeProject(actor, target.id, 'post');
    return { ...authorization, followers: authorization.project.followers };
  }
  const update = Types.ObjectId.isValid(target.id)
    ? await UpdateModel.findById(target.id).lean()
    : null;
  if (!update) throw notFound('Update');
  const authorization = await authorizeProject(actor, update.projectId, 'post');
  return { ...authorization, followers: [...update.followers, ...authorization.project.followers] };
}

/** Comments; the people mentioned, then the followers of what it is on, hear of it. */
export async function postComment(
  actor: Actor,
  target: CommentTarget,
  body: Body,
  deps: ProjectDeps,
): Promise<CommentRecord> {
  const { project, followers } = await resolveTarget(actor, target);
  await requireMembers(project.workspaceId, mentionEntries(body.mentions));
  const targetId = new Types.ObjectId(target.id);
  const me = new Types.ObjectId(actor.id);
  const created = await CommentModel.create({
    projectId: project._id,
    workspaceId: project.workspaceId,
    target: { type: target.type, id: targetId },
    authorId: me,
    text: body.text,
    mentions: body.mentions.map((id) => new Types.ObjectId(id)),
  });
  // Whoever comments follows the conversation from then on.
  if (target.type === 'update')
    await UpdateModel.updateOne({ _id: targetId }, { $addToSet: { followers: me } });
  else await ProjectModel.updateOne({ _id: targetId }, { $addToSet: { followers: me } });
  await recordFeed(deps.events, project, 'comment.posted', actor.id, created._id);

  const item = { type: 'comment' as const, id: created._id, text: body.text, authorId: actor.id };
  await deps.notifier.notify([
    ...mentionDrafts(project, item, body.mentions),
    ...commentDrafts(
      project,
      item,
      { type: target.type, id: targetId },
      followers,
      new Set(body.mentions),
    ),
  ]);
  return created.toObject();
}

async function findComment(actor: Actor, commentId: string) {
  const comment = Types.ObjectId.isValid(commentId)
    ? await CommentModel.findById(commentId).lean()
    : null;
  if (!comment) throw notFound('Comment');
  const authorization = await authorizeProject(actor, comment.projectId, 'read');
  return { comment, ...authorization };
}

export async function editComment(
  actor: Actor,
  commentId: string,
  body: Body,
  deps: ProjectDeps,
): Promise<CommentRecord> {
  const { comment, project, permissions } = await findComment(actor, commentId);
  requireItemRight(canChangeOwn(actor, comment.authorId, permissions), 'comment');
  await requireMembers(project.workspaceId, mentionEntries(body.mentions));
  const edited = await CommentModel.findByIdAndUpdate(
    comment._id,
    { $set: textChange(body) },
    { returnDocument: 'after' },
  ).lean();
  if (!edited) throw notFound('Comment');
  await announceEdit(deps, actor, project, { type: 'comment', id: comment._id }, body);
  return edited;
}

export async function deleteComment(
  actor: Actor,
  commentId: string,
  deps: ProjectDeps,
): Promise<void> {
  const { comment, project, permissions } = await findComment(actor, commentId);
  requireItemRight(canDelete(actor, comment.authorId, permissions), 'comment');
  await CommentModel.deleteOne({ _id: comment._id });
  await NotificationModel.deleteMany({ 'subject.id': comment._id.toHexString() });
  await recordDeletion(deps, actor, project, {
    type: 'comment',
    id: comment._id,
    authorId: comment.authorId,
  });
}
