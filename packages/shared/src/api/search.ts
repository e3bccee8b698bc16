import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common';
import { FieldOfActionSchema } from '../vocab';
import { endpoint } from './endpoint';

/**
 * What the search covers (i18n keys `search.type.<code>`). People and councils are not stored
 * search entries; the search reads them fresh.
 */
export const SEARCH_TYPES = [
  'project',
  'project_update',
  'report',
  'plan',
  'measure',
  'exchange',
  'post',
  'meeting',
  'training',
  'person',
  'council',
] as const;
export const SearchTypeSchema = z.enum(SEARCH_TYPES);
export type SearchType = z.infer<typeof SearchTypeSchema>;

export const SEARCH_LIMITS = { queryMaxLength: 200, pageSize: 20, pageMaxSize: 50 } as const;

/** A range of characters in a text: `start` inclusive, `end` exclusive. */
export const TextRangeSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextRange = z.infer<typeof TextRangeSchema>;

/** A piece of text with the ranges that matched the query. */
export const HighlightedTextSchema = z.object({
  text: z.string(),
  highlights: z.array(TextRangeSchema),
});
export type HighlightedText = z.infer<typeof HighlightedTextSchema>;

export const SearchResultSchema = z.object({
  type: SearchTypeSchema,
  id: z.string(),
  /** The item that contains this one, for links (a measure's plan, a post's exchange …), or null. */
  parentId: IdSchema.nullable(),
  title: HighlightedTextSchema,
  snippet: HighlightedTextSchema,
  council: z.object({ id: IdSchema, name: z.string(), municipality: z.string() }).nullable(),
  fieldsOfAction: z.array(FieldOfActionSchema),
  updatedAt: TimestampSchema,
  score: z.number(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

/** A comma-separated list in the query string (`types=report,plan`), or repeated parameters. */
const listParam = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value),
    z.array(item).max(20),
  );

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1, 'must not be empty').max(SEARCH_LIMITS.queryMaxLength),
  types: listParam(SearchTypeSchema).optional(),
  field: FieldOfActionSchema.optional(),
  /** Municipality name as the councils spell it (e.g. `Glauchau`). */
  municipality: z.string().trim().max(120).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(SEARCH_LIMITS.pageMaxSize)
    .default(SEARCH_LIMITS.pageSize),
});
export type SearchQuery = z.input<typeof SearchQuerySchema>;

export const searchEndpoints = {
  search: endpoint({
    method: 'get',
    path: '/api/search',
    summary:
      'One search over projects, updates, reports, plans and measures, exchanges, discussions and meetings; only what the caller may see',
    tag: 'search',
    auth: 'user',
    query: SearchQuerySchema,
    response: z.object({
      items: z.array(SearchResultSchema),
      total: z.number().int().nonnegative(),
    }),
  }),
};
