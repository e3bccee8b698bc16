import {
  IMAGE_TYPES,
  PROJECT_LIMITS,
  type AttachmentType,
  type UploadAttachmentQuerySchema,
} from '@pnetz/shared';
import type { Request } from 'express';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { notFound, validationFailed } from '../errors';
import { detectFileType, extensionMatches, mimeOf, safeFilename } from '../files/file-type';
import { deleteFile, openFile, storeFile } from '../files/gridfs';
import { readUpload } from '../files/upload';
import { AttachmentModel, UpdateModel, type AttachmentRecord } from './content.model';
import { recordDeletion } from './content-changes';
import { recordFeed } from './feed.service';
import type { ProjectDeps } from './project-deps';
import { authorizeProject, canDelete, requireItemRight } from './projects.policy';

/** GridFS bucket of project files (collections `attachments.files`, `attachments.chunks`). */
export const ATTACHMENT_BUCKET = 'attachments';
/** Uploads held for an update that was never posted are removed after this long. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

const isImage = (type: AttachmentType) => (IMAGE_TYPES as readonly string[]).includes(type);
const TYPE_NAMES = 'PNG, JPEG, GIF, WebP, PDF, DOCX, XLSX or plain text';

/** What the bytes are, or a 400 naming the field that is wrong. Nothing is stored before this. */
function checkUpload(bytes: Buffer, filename: string): AttachmentType {
  const type = detectFileType(bytes);
  if (!type) {
    throw validationFailed([
      {
        path: 'body',
        message: `is not an accepted file type (checked from its content): ${TYPE_NAMES}`,
      },
    ]);
  }
  if (isImage(type) && bytes.length > PROJECT_LIMITS.imageMaxBytes) {
    throw validationFailed([{ path: 'body', message: 'must be at most 5 MB for images' }]);
  }
  if (!extensionMatches(filename, type)) {
    throw validationFailed([
      {
        path: 'query.filename',
        message: `does not match the content, which is a ${type.toUpperCase()} file`,
      },
    ]);
  }
  return type;
}

export async function uploadAttachment(
  actor: Actor,
  projectId: string,
  query: z.output<typeof UploadAttachmentQuerySchema>,
  req: Request,
  deps: ProjectDeps,
): Promise<AttachmentRecord> {
  const { project } = await authorizeProject(actor, projectId, 'post');
  const bytes = await readUpload(req, PROJECT_LIMITS.fileMaxBytes);
  const type = checkUpload(bytes, query.filename);
  const filename = safeFilename(query.filename);
  const stored = await storeFile(ATTACHMENT_BUCKET, filename, bytes, { projectId: project._id });
  const forUpdate = query.for === 'update';
  const created = await AttachmentModel.create({
    projectId: project._id,
    workspaceId: project.workspaceId,
    pending: forUpdate,
    fileId: stored.fileId,
    kind: isImage(type) ? 'image' : 'file',
    filename,
    contentType: mimeOf(type),
    size: stored.size,
    description: query.description,
    uploadedBy: new Types.ObjectId(actor.id),
  });
  if (!forUpdate) await recordFeed(deps.events, project, 'attachment.added', actor.id, created._id);
  return created.toObject();
}

export async function listAttachments(
  actor: Actor,
  projectId: string,
): Promise<AttachmentRecord[]> {
  const { project } = await authorizeProject(actor, projectId, 'read');
  return AttachmentModel.find({ projectId: project._id, pending: false }).sort({ _id: -1 }).lean();
}

/** An attachment the caller may see: its project's readers; a pending upload only its uploader. */
async function findVisible(actor: Actor, attachmentId: string) {
  const attachment = Types.ObjectId.isValid(attachmentId)
    ? await AttachmentModel.findById(attachmentId).lean()
    : null;
  if (!attachment) throw notFound('Attachment');
  const authorization = await authorizeProject(actor, attachment.projectId, 'read');
  if (attachment.pending && !attachment.uploadedBy.equals(actor.id)) throw notFound('Attachment');
  return { attachment, ...authorization };
}

export async function openAttachment(actor: Actor, attachmentId: string) {
  const { attachment } = await findVisible(actor, attachmentId);
  return { attachment, stream: openFile(ATTACHMENT_BUCKET, attachment.fileId) };
}

/** Removes the stored bytes and the records of attachments (an update or project going away). */
export async function removeAttachments(
  attachments: Array<Pick<AttachmentRecord, '_id' | 'fileId'>>,
): Promise<void> {
  for (const attachment of attachments) await deleteFile(ATTACHMENT_BUCKET, attachment.fileId);
  await AttachmentModel.deleteMany({ _id: { $in: attachments.map((a) => a._id) } });
}

export async function deleteAttachment(
  actor: Actor,
  attachmentId: string,
  deps: ProjectDeps,
): Promise<void> {
  const { attachment, project, permissions } = await findVisible(actor, attachmentId);
  requireItemRight(canDelete(actor, attachment.uploadedBy, permissions), 'attachment');
  await removeAttachments([attachment]);
  if (attachment.updateId) {
    await UpdateModel.updateOne(
      { _id: attachment.updateId },
      { $pull: { attachmentIds: attachment._id } },
    );
  }
  await recordDeletion(
    deps,
    actor,
    project,
    { type: 'attachment', id: attachment._id, authorId: attachment.uploadedBy },
    { inFeed: !attachment.pending },
  );
}

/** Uploads for updates that were never posted (the browser was closed), after a day. */
export async function removeAbandonedAttachments(now: Date): Promise<number> {
  const abandoned = await AttachmentModel.find(
    { pending: true, createdAt: { $lt: new Date(now.getTime() - ABANDONED_AFTER_MS) } },
    { fileId: 1 },
  ).lean();
  await removeAttachments(abandoned);
  return abandoned.length;
}
