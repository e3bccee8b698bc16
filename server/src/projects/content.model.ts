import { COMMENT_TARGETS, type CommentTarget } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** A partner update on a project: what happened, with images and files. */
export interface UpdateRecord {
  _id: Types.ObjectId;
  projectId: Types.ObjectId;
  workspaceId: Types.ObjectId;
  authorId: Types.ObjectId;
  text: string;
  attachmentIds: Types.ObjectId[];
  mentions: Types.ObjectId[];
  /** People who hear about comments on it (author, commenters). */
  followers: Types.ObjectId[];
  createdAt: Date;
  editedAt: Date | null;
}

const updateSchema = new Schema<UpdateRecord>(
  {
    projectId: { type: Schema.Types.ObjectId, required: true, ref: 'Project' },
    workspaceId: { type: Schema.Types.ObjectId, required: true, ref: 'Workspace' },
    authorId: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    text: { type: String, required: true },
    attachmentIds: { type: [Schema.Types.ObjectId], default: [] },
    mentions: { type: [Schema.Types.ObjectId], default: [] },
    followers: { type: [Schema.Types.ObjectId], default: [] },
    createdAt: { type: Date, default: () => new Date() },
    editedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
updateSchema.index({ projectId: 1, _id: -1 });
updateSchema.index({ authorId: 1 });

export const UpdateModel = model<UpdateRecord>('ProjectUpdate', updateSchema, 'project_updates');

/** A comment on a project or on one of its updates. */
export interface CommentRecord {
  _id: Types.ObjectId;
  projectId: Types.ObjectId;
  workspaceId: Types.ObjectId;
  target: { type: CommentTarget['type']; id: Types.ObjectId };
  authorId: Types.ObjectId;
  text: string;
  mentions: Types.ObjectId[];
  createdAt: Date;
  editedAt: Date | null;
}

const commentSchema = new Schema<CommentRecord>(
  {
    projectId: { type: Schema.Types.ObjectId, required: true, ref: 'Project' },
    workspaceId: { type: Schema.Types.ObjectId, required: true, ref: 'Workspace' },
    target: {
      type: new Schema(
        {
          type: { type: String, enum: COMMENT_TARGETS, required: true },
          id: { type: Schema.Types.ObjectId, required: true },
        },
        { _id: false },
      ),
      required: true,
    },
    authorId: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    text: { type: String, required: true },
    mentions: { type: [Schema.Types.ObjectId], default: [] },
    createdAt: { type: Date, default: () => new Date() },
    editedAt: { type: Date, default: null },
  },
  { versionKey: false },
);
commentSchema.index({ projectId: 1, 'target.id': 1, _id: 1 });
commentSchema.index({ authorId: 1 });

export const CommentModel = model<CommentRecord>(
  'ProjectComment',
  commentSchema,
  'project_comments',
);

/** A file of a project or of one of its updates; the bytes are in GridFS (`attachments`). */
export interface AttachmentRecord {
  _id: Types.ObjectId;
  projectId: Types.ObjectId;
  workspaceId: Types.ObjectId;
  /** Set once the update it was uploaded for is posted. */
  updateId: Types.ObjectId | null;
  /** Uploaded for an update that is not posted yet: only its uploader sees it. */
  pending: boolean;
  fileId: Types.ObjectId;
  kind: 'image' | 'file';
  filename: string;
  contentType: string;
  size: number;
  description: string;
  uploadedBy: Types.ObjectId;
  createdAt: Date;
}

const attachmentSchema = new Schema<AttachmentRecord>(
  {
    projectId: { type: Schema.Types.ObjectId, required: true, ref: 'Project' },
    workspaceId: { type: Schema.Types.ObjectId, required: true, ref: 'Workspace' },
    updateId: { type: Schema.Types.ObjectId, default: null },
    pending: { type: Boolean, default: false },
    fileId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: ['image', 'file'], required: true },
    filename: { type: String, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    description: { type: String, default: '' },
    uploadedBy: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    createdAt: { type: Date, default: () => new Date() },
  },
  { versionKey: false },
);
attachmentSchema.index({ projectId: 1, _id: -1 });
attachmentSchema.index({ pending: 1, createdAt: 1 });
attachmentSchema.index({ uploadedBy: 1 });

export const AttachmentModel = model<AttachmentRecord>(
  'ProjectAttachment',
  attachmentSchema,
  'project_attachments',
);
