import {
  EXCHANGE_VISIBILITIES,
  FIELDS_OF_ACTION,
  type ExchangeVisibility,
  type FieldOfAction,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** A cross-regional exchange on a theme, between invited councils and people. */
export interface ExchangeRecord {
  _id: Types.ObjectId;
  title: string;
  description: string;
  fieldsOfAction: FieldOfAction[];
  visibility: ExchangeVisibility;
  /** Invited councils: their admins and members take part, their guests read. */
  workspaceIds: Types.ObjectId[];
  /** Invited people (coordinators, experts of other councils). */
  userIds: Types.ObjectId[];
  /** Who manages it: whoever opened it. */
  managerIds: Types.ObjectId[];
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const exchangeSchema = new Schema<ExchangeRecord>(
  {
    title: { type: String, required: true, trim: true },
    description: { type: String, default: '' },
    fieldsOfAction: { type: [String], enum: FIELDS_OF_ACTION, default: [] },
    visibility: { type: String, enum: EXCHANGE_VISIBILITIES, required: true },
    workspaceIds: { type: [Schema.Types.ObjectId], default: [] },
    userIds: { type: [Schema.Types.ObjectId], default: [] },
    managerIds: { type: [Schema.Types.ObjectId], default: [] },
    createdBy: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: true, collection: 'exchanges' },
);
exchangeSchema.index({ workspaceIds: 1 });
exchangeSchema.index({ userIds: 1 });
exchangeSchema.index({ managerIds: 1 });
exchangeSchema.index({ visibility: 1, updatedAt: -1 });

export const ExchangeModel = model<ExchangeRecord>('Exchange', exchangeSchema);

/** A post of an exchange's discussion; replies name their thread's first post. */
export interface PostRecord {
  _id: Types.ObjectId;
  exchangeId: Types.ObjectId;
  parentId: Types.ObjectId | null;
  body: string;
  authorId: Types.ObjectId;
  /** Organisation and council the author wrote for, kept as they were at the time. */
  organisation: string | null;
  council: string | null;
  mentionIds: Types.ObjectId[];
  createdAt: Date;
}

const postSchema = new Schema<PostRecord>(
  {
    exchangeId: { type: Schema.Types.ObjectId, required: true },
    parentId: { type: Schema.Types.ObjectId, default: null },
    body: { type: String, required: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    organisation: { type: String, default: null },
    council: { type: String, default: null },
    mentionIds: { type: [Schema.Types.ObjectId], default: [] },
    createdAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'exchange_posts' },
);
postSchema.index({ exchangeId: 1, _id: -1 });
postSchema.index({ authorId: 1 });

export const PostModel = model<PostRecord>('ExchangePost', postSchema);

/** A file shared in an exchange; the bytes live in GridFS (bucket `exchangeFiles`). */
export interface ExchangeFileRecord {
  _id: Types.ObjectId;
  exchangeId: Types.ObjectId;
  fileId: Types.ObjectId;
  filename: string;
  contentType: string;
  size: number;
  uploadedBy: Types.ObjectId;
  uploadedAt: Date;
}

const fileSchema = new Schema<ExchangeFileRecord>(
  {
    exchangeId: { type: Schema.Types.ObjectId, required: true },
    fileId: { type: Schema.Types.ObjectId, required: true },
    filename: { type: String, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    uploadedBy: { type: Schema.Types.ObjectId, required: true },
    uploadedAt: { type: Date, required: true, default: () => new Date() },
  },
  { versionKey: false, collection: 'exchange_files' },
);
fileSchema.index({ exchangeId: 1, uploadedAt: -1 });

export const ExchangeFileModel = model<ExchangeFileRecord>('ExchangeFile', fileSchema);
