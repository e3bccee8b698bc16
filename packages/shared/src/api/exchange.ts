import { z } from 'zod';
import { IdParamsSchema, IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { FieldOfActionSchema } from '../vocab';
import { endpoint } from './endpoint';
import { plainTitle } from '../text';

/** Limits of the cross-regional exchange; the server enforces them, the client hints with them. */
export const EXCHANGE_LIMITS = {
  titleMaxLength: 160,
  descriptionMaxLength: 4000,
  postMaxLength: 8000,
  councilsMax: 60,
  peopleMax: 60,
  /** Posts returned per page of a discussion, newest page first. */
  postsPageSize: 200,
  fileMaxBytes: 10 * 1024 * 1024,
  filenameMaxLength: 200,
} as const;

/**
 * Who may read an exchange: `invited` = only invited councils' members, invited people and its
 * managers; `network` = every signed-in user reads, the invited take part.
 */
export const EXCHANGE_VISIBILITIES = ['invited', 'network'] as const;
export const ExchangeVisibilitySchema = z.enum(EXCHANGE_VISIBILITIES);
export type ExchangeVisibility = z.infer<typeof ExchangeVisibilitySchema>;

/** The caller's standing in an exchange, as decided by the exchange policy. */
export const EXCHANGE_ACCESS = ['read', 'participate', 'manage'] as const;
export const ExchangeAccessSchema = z.enum(EXCHANGE_ACCESS);
export type ExchangeAccess = z.infer<typeof ExchangeAccessSchema>;

export const CouncilRefSchema = z.object({
  id: IdSchema,
  name: z.string(),
  municipality: z.string(),
  district: z.string(),
});
export type CouncilRef = z.infer<typeof CouncilRefSchema>;

export const ExchangeSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  description: z.string(),
  fieldsOfAction: z.array(FieldOfActionSchema),
  visibility: ExchangeVisibilitySchema,
  councils: z.array(CouncilRefSchema),
  access: ExchangeAccessSchema,
  /** The next meeting that has not started yet, if any. */
  nextMeeting: z.object({ id: IdSchema, title: z.string(), startsAt: TimestampSchema }).nullable(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type ExchangeSummary = z.infer<typeof ExchangeSummarySchema>;

export const ExchangePermissionsSchema = z.object({
  post: z.boolean(),
  createMeeting: z.boolean(),
  uploadFile: z.boolean(),
  manage: z.boolean(),
});
export type ExchangePermissions = z.infer<typeof ExchangePermissionsSchema>;

export const ExchangeSchema = ExchangeSummarySchema.extend({
  people: z.array(PersonRefSchema),
  createdBy: PersonRefSchema,
  permissions: ExchangePermissionsSchema,
});
export type Exchange = z.infer<typeof ExchangeSchema>;

const TitleSchema = plainTitle(EXCHANGE_LIMITS.titleMaxLength);

export const CreateExchangeBodySchema = z
  .object({
    title: TitleSchema,
    description: z.string().trim().max(EXCHANGE_LIMITS.descriptionMaxLength).default(''),
    fieldsOfAction: z.array(FieldOfActionSchema).max(13).default([]),
    visibility: ExchangeVisibilitySchema.default('invited'),
    /** Invited councils: their admins and members take part, their guests read. */
    workspaceIds: z.array(IdSchema).max(EXCHANGE_LIMITS.councilsMax).default([]),
    /** Invited people, by the e-mail address of their account. */
    peopleEmails: z
      .array(z.email('must be an e-mail address'))
      .max(EXCHANGE_LIMITS.peopleMax)
      .default([]),
  })
  .strict();
export type CreateExchangeBody = z.input<typeof CreateExchangeBodySchema>;

export const UpdateExchangeBodySchema = z
  .object({
    title: TitleSchema.optional(),
    description: z.string().trim().max(EXCHANGE_LIMITS.descriptionMaxLength).optional(),
    fieldsOfAction: z.array(FieldOfActionSchema).max(13).optional(),
    visibility: ExchangeVisibilitySchema.optional(),
    workspaceIds: z.array(IdSchema).max(EXCHANGE_LIMITS.councilsMax).optional(),
    peopleEmails: z
      .array(z.email('must be an e-mail address'))
      .max(EXCHANGE_LIMITS.peopleMax)
      .optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field')
  .meta({ minProperties: 1 });
export type UpdateExchangeBody = z.input<typeof UpdateExchangeBodySchema>;

/** Someone who takes part in an exchange, for mentions and the attendee list. */
export const ParticipantSchema = z.object({
  id: IdSchema,
  name: z.string(),
  organisation: z.string().nullable(),
  council: z.string().nullable(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** A post of the live discussion: a thread starts with `parentId: null`; replies name their thread. */
export const PostSchema = z.object({
  id: IdSchema,
  exchangeId: IdSchema,
  parentId: IdSchema.nullable(),
  body: z.string(),
  author: PersonRefSchema,
  /** The organisation and council the author wrote for, as they were when posting. */
  organisation: z.string().nullable(),
  council: z.string().nullable(),
  mentions: z.array(PersonRefSchema),
  createdAt: TimestampSchema,
});
export type Post = z.infer<typeof PostSchema>;

export const CreatePostBodySchema = z
  .object({
    body: z.string().trim().min(1, 'must not be empty').max(EXCHANGE_LIMITS.postMaxLength),
    parentId: IdSchema.nullable().default(null),
    /** Mentioned participants (user ids); others are ignored. */
    mentions: z.array(IdSchema).max(20).default([]),
  })
  .strict();
export type CreatePostBody = z.input<typeof CreatePostBodySchema>;

export const ExchangeFileSchema = z.object({
  id: IdSchema,
  exchangeId: IdSchema,
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int().nonnegative(),
  uploadedBy: PersonRefSchema,
  uploadedAt: TimestampSchema,
  /** The caller may delete it (the uploader and the exchange's managers). */
  deletable: z.boolean(),
});
export type ExchangeFile = z.infer<typeof ExchangeFileSchema>;

export const ExchangeFileParamsSchema = z.object({ id: IdSchema, fileId: IdSchema });

const TAG = 'exchange';

export const exchangeEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/exchanges',
    summary: 'Exchanges the caller takes part in, then those shared with the network',
    tag: TAG,
    auth: 'user',
    response: z.object({ items: z.array(ExchangeSummarySchema), canCreate: z.boolean() }),
  }),
  create: endpoint({
    method: 'post',
    path: '/api/exchanges',
    summary: 'Open an exchange on a theme (coordinators and council admins)',
    tag: TAG,
    auth: 'user',
    body: CreateExchangeBodySchema,
    response: ExchangeSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/exchanges/:id',
    summary: 'One exchange with the caller’s permissions',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: ExchangeSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/exchanges/:id',
    summary: 'Change an exchange: theme, fields, invitations, visibility (its managers)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: UpdateExchangeBodySchema,
    response: ExchangeSchema,
  }),
  participants: endpoint({
    method: 'get',
    path: '/api/exchanges/:id/participants',
    summary: 'Everyone who takes part (for mentions and attendee lists)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(ParticipantSchema) }),
  }),
  posts: endpoint({
    method: 'get',
    path: '/api/exchanges/:id/posts',
    summary: 'The discussion: threads and replies, oldest first (the newest page)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(PostSchema) }),
  }),
  createPost: endpoint({
    method: 'post',
    path: '/api/exchanges/:id/posts',
    summary: 'Post to the discussion; everyone viewing it receives the post live',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: CreatePostBodySchema,
    response: PostSchema,
    status: 201,
  }),
  files: endpoint({
    method: 'get',
    path: '/api/exchanges/:id/files',
    summary: 'Files shared in the exchange',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(ExchangeFileSchema) }),
  }),
  uploadFile: endpoint({
    method: 'post',
    path: '/api/exchanges/:id/files',
    summary: 'Share a file (PDF, Office document or image; raw request body, at most 10 MB)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    query: z.object({ filename: z.string().trim().min(1).max(EXCHANGE_LIMITS.filenameMaxLength) }),
    response: ExchangeFileSchema,
    status: 201,
  }),
  downloadFile: endpoint({
    method: 'get',
    path: '/api/exchanges/:id/files/:fileId',
    summary: 'Download a shared file',
    tag: TAG,
    auth: 'user',
    params: ExchangeFileParamsSchema,
    response: null,
    status: 200,
    produces: ['application/octet-stream'],
  }),
  deleteFile: endpoint({
    method: 'delete',
    path: '/api/exchanges/:id/files/:fileId',
    summary: 'Remove a shared file (its uploader or the exchange’s managers)',
    tag: TAG,
    auth: 'user',
    params: ExchangeFileParamsSchema,
    response: null,
  }),
};
