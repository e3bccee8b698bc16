import {
  buildPath,
  endpoints,
  type Attachment,
  type Comment,
  type ProjectUpdate,
} from '@pnetz/shared';
import type { Types } from 'mongoose';
import { resolvePeople, type People } from '../privacy/attribution';
import {
  AttachmentModel,
  CommentModel,
  type AttachmentRecord,
  type CommentRecord,
  type UpdateRecord,
} from './content.model';

const hex = (id: Types.ObjectId) => id.toHexString();

export function presentAttachment(record: AttachmentRecord, people: People): Attachment {
  return {
    id: hex(record._id),
    projectId: hex(record.projectId),
    updateId: record.updateId ? hex(record.updateId) : null,
    kind: record.kind,
    filename: record.filename,
    contentType: record.contentType,
    size: record.size,
    description: record.description,
    uploadedBy: people.ref(record.uploadedBy),
    createdAt: record.createdAt.toISOString(),
    url: buildPath(endpoints.projects.download.path, { id: hex(record._id) }),
  };
}

export function presentComment(record: CommentRecord, people: People): Comment {
  return {
    id: hex(record._id),
    projectId: hex(record.projectId),
    target: { type: record.target.type, id: hex(record.target.id) },
    author: people.ref(record.authorId),
    text: record.text,
    mentions: record.mentions.map((id) => people.ref(id)),
    createdAt: record.createdAt.toISOString(),
    editedAt: record.editedAt?.toISOString() ?? null,
  };
}

/** Everyone a batch of content names, resolved in one query. */
export function peopleOf(
  updates: UpdateRecord[],
  comments: CommentRecord[],
  attachments: AttachmentRecord[],
): Promise<People> {
  return resolvePeople([
    ...updates.flatMap((u) => [u.authorId, ...u.mentions]),
    ...comments.flatMap((c) => [c.authorId, ...c.mentions]),
    ...attachments.map((a) => a.uploadedBy),
  ]);
}

/** Updates with their files and comments (oldest comment first), in as few queries as it takes. */
export async function presentUpdates(updates: UpdateRecord[]): Promise<ProjectUpdate[]> {
  if (updates.length === 0) return [];
  const ids = updates.map((u) => u._id);
  const [attachments, comments] = await Promise.all([
    AttachmentModel.find({ updateId: { $in: ids }, pending: false })
      .sort({ _id: 1 })
      .lean(),
    CommentModel.find({ 'target.type': 'update', 'target.id': { $in: ids } })
      .sort({ _id: 1 })
      .lean(),
  ]);
  const people = await peopleOf(updates, comments, attachments);
  return updates.map((update) => ({
    id: hex(update._id),
    projectId: hex(update.projectId),
    workspaceId: hex(update.workspaceId),
    author: people.ref(update.authorId),
    text: update.text,
    attachments: attachments
      .filter((a) => a.updateId?.equals(update._id))
      .map((a) => presentAttachment(a, people)),
    mentions: update.mentions.map((id) => people.ref(id)),
    comments: comments
      .filter((c) => c.target.id.equals(update._id))
      .map((c) => presentComment(c, people)),
    createdAt: update.createdAt.toISOString(),
    editedAt: update.editedAt?.toISOString() ?? null,
  }));
}

export async function presentComments(records: CommentRecord[]): Promise<Comment[]> {
  const people = await peopleOf([], records, []);
  return records.map((record) => presentComment(record, people));
}

export async function presentAttachments(records: AttachmentRecord[]): Promise<Attachment[]> {
  const people = await peopleOf([], [], records);
  return records.map((record) => presentAttachment(record, people));
}
