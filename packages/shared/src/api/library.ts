import { z } from 'zod';
import { IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { endpoint } from './endpoint';
import { WorkspaceIdParamsSchema } from './workspaces';

/** Where a file of a council's library was attached (i18n keys `library.source.<code>`). */
export const LIBRARY_SOURCES = ['project', 'exchange'] as const;
export const LibrarySourceSchema = z.enum(LIBRARY_SOURCES);
export type LibrarySource = z.infer<typeof LibrarySourceSchema>;

/** Kinds of file, from the checked content type (i18n keys `library.category.<code>`). */
export const LIBRARY_CATEGORIES = [
  'image',
  'pdf',
  'document',
  'spreadsheet',
  'text',
  'other',
] as const;
export const LibraryCategorySchema = z.enum(LIBRARY_CATEGORIES);
export type LibraryCategory = z.infer<typeof LibraryCategorySchema>;

export const LIBRARY_LIMITS = { queryMaxLength: 200, maxItems: 500 } as const;

export const LibraryFileSchema = z.object({
  id: IdSchema,
  source: LibrarySourceSchema,
  /** The project or exchange the file is attached to. */
  sourceId: IdSchema,
  sourceTitle: z.string(),
  filename: z.string(),
  contentType: z.string(),
  category: LibraryCategorySchema,
  /** Bytes. */
  size: z.number().int().nonnegative(),
  uploadedBy: PersonRefSchema,
  uploadedAt: TimestampSchema,
  /** The API path that downloads the file (it checks the caller's access again). */
  downloadPath: z.string(),
});
export type LibraryFile = z.infer<typeof LibraryFileSchema>;

export const LibraryQuerySchema = z.object({
  /** Matches the file name, the project or exchange and the uploader's name. */
  q: z.string().trim().max(LIBRARY_LIMITS.queryMaxLength).optional(),
  source: LibrarySourceSchema.optional(),
  category: LibraryCategorySchema.optional(),
});
export type LibraryQuery = z.input<typeof LibraryQuerySchema>;

export const libraryEndpoints = {
  files: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/files',
    summary:
      "Every file attached in a council's workspace (its projects, the exchanges it takes part in) that the caller may see, newest first",
    tag: 'library',
    auth: 'user',
    params: WorkspaceIdParamsSchema,
    query: LibraryQuerySchema,
    response: z.object({
      items: z.array(LibraryFileSchema),
      total: z.number().int().nonnegative(),
    }),
  }),
};
