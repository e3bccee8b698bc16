import { z } from 'zod';
import { IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { plainText } from './text';
import { PROJECT_LIMITS as L } from './vocab';

/** File types accepted as attachments, decided from the bytes (not the name or the header). */
export const ATTACHMENT_TYPES = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain',
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;
export const IMAGE_TYPES = [
  'png',
  'jpeg',
  'gif',
  'webp',
] as const satisfies readonly AttachmentType[];

export const AttachmentSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  /** The update it belongs to, or null for files of the project itself. */
  updateId: IdSchema.nullable(),
  kind: z.enum(['image', 'file']),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  /** Text alternative of an image, or a short note on a file. */
  description: z.string(),
  uploadedBy: PersonRefSchema,
  createdAt: TimestampSchema,
  /** Where the browser downloads it (only for those who may see the project). */
  url: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const UploadAttachmentQuerySchema = z.object({
  filename: z.string().trim().min(1).max(200),
  description: plainText(L.attachmentDescriptionMaxLength).default(''),
  /** `update`: held for an update about to be posted; `project`: a file of the project itself. */
  for: z.enum(['update', 'project']).default('update'),
});
export type UploadAttachmentQuery = z.input<typeof UploadAttachmentQuerySchema>;

export const COMMENT_TARGETS = ['project', 'update'] as const;
export const CommentTargetSchema = z.object({ type: z.enum(COMMENT_TARGETS), id: IdSchema });
export type CommentTarget = z.infer<typeof CommentTargetSchema>;

export const CommentSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  target: CommentTargetSchema,
  author: PersonRefSchema,
  text: z.string(),
  mentions: z.array(PersonRefSchema),
  createdAt: TimestampSchema,
  editedAt: TimestampSchema.nullable(),
});
export type Comment = z.infer<typeof CommentSchema>;

export const ProjectUpdateSchema = z.object({
  id: IdSchema,
  projectId: IdSchema,
  workspaceId: IdSchema,
  author: PersonRefSchema,
  text: z.string(),
  attachments: z.array(AttachmentSchema),
  mentions: z.array(PersonRefSchema),
  comments: z.array(CommentSchema),
  createdAt: TimestampSchema,
  editedAt: TimestampSchema.nullable(),
});
export type ProjectUpdate = z.infer<typeof ProjectUpdateSchema>;

const MentionsSchema = z.array(IdSchema).max(L.mentionsMax).default([]);

export const CreateUpdateBodySchema = z.object({
  text: plainText(L.updateTextMaxLength, { required: true }),
  /** Attachments uploaded beforehand with `for=update`. */
  attachmentIds: z.array(IdSchema).max(L.attachmentsPerUpdate).default([]),
  /** Members named with @ in the text; they are notified. */
  mentions: MentionsSchema,
});
export type CreateUpdateBody = z.input<typeof CreateUpdateBodySchema>;

export const EditUpdateBodySchema = z.object({
  text: plainText(L.updateTextMaxLength, { required: true }),
  mentions: MentionsSchema,
});
export type EditUpdateBody = z.input<typeof EditUpdateBodySchema>;

export const CommentBodySchema = z.object({
  text: plainText(L.commentTextMaxLength, { required: true }),
  mentions: MentionsSchema,
});
export type CommentBody = z.input<typeof CommentBodySchema>;

/**
 * What happened in a council's projects, in order. `*.posted`/`project.*` kinds are lines of the
 * feed; `*.edited`/`*.deleted` change items shown already. Events carry the item as it is now,
 * so a client adds or replaces it by id and never shows anything twice.
 */
export const FEED_KINDS = [
  'project.created',
  'project.published',
  'project.changed',
  'project.deleted',
  'update.posted',
  'update.edited',
  'update.deleted',
  'comment.posted',
  'comment.edited',
  'comment.deleted',
  'attachment.added',
  'attachment.deleted',
] as const;
export const FeedKindSchema = z.enum(FEED_KINDS);
export type FeedKind = z.infer<typeof FeedKindSchema>;

export const FeedItemSchema = z.object({
  /** Increases with time: the cursor of the feed (`since`, `before`). */
  id: IdSchema,
  kind: FeedKindSchema,
  at: TimestampSchema,
  workspaceId: IdSchema,
  project: z.object({ id: IdSchema, title: z.string() }),
  actor: PersonRefSchema,
  /** Id of the update, comment or attachment the event is about (null for project events). */
  itemId: IdSchema.nullable(),
  update: ProjectUpdateSchema.nullable(),
  comment: CommentSchema.nullable(),
  attachment: AttachmentSchema.nullable(),
});
export type FeedItem = z.infer<typeof FeedItemSchema>;

export const FeedQuerySchema = z.object({
  /** Events after this one, oldest first: what a client missed while it was offline. */
  since: IdSchema.optional(),
  /** Events before this one, newest first: the next page back in time. */
  before: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(L.pageMaxSize).default(L.feedPageSize),
});
export type FeedQuery = z.input<typeof FeedQuerySchema>;

export const FeedPageSchema = z.object({
  items: z.array(FeedItemSchema),
  /** With `since`: more events wait (ask again with the last id); else: the next `before`. */
  nextCursor: IdSchema.nullable(),
});
export type FeedPage = z.infer<typeof FeedPageSchema>;
