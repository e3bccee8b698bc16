import type { z } from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One REST endpoint: the server validates requests with these schemas, the OpenAPI document is
 * generated from them, and the typed client derives its argument and result types from them.
 */
export interface EndpointDef {
  method: HttpMethod;
  /** Express-style path (`/api/workspaces/:id`). */
  path: string;
  summary: string;
  tag: string;
  /** `public`: no session needed; `user`: a signed-in user. Finer rules live in the policies. */
  auth: 'public' | 'user';
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Schema of a successful response body; `null` for 204 No Content. */
  response: z.ZodType | null;
  /** Status of a successful response (default 200, or 204 when `response` is null). */
  status?: number;
  /** Media types of a file the handler streams itself (e.g. a PDF); `response` is then null. */
  produces?: readonly string[];
  /**
   * Error statuses this endpoint answers beyond those every endpoint of its kind may answer (see
   * `errorStatuses`), e.g. 410 for a used invitation or 429 for a rate limit.
   */
  errors?: readonly number[];
}

/**
 * Every error status an endpoint may answer, each with an `ApiError` body: what its kind implies
 * (invalid input, the database unavailable; for signed-in endpoints not signed in and not allowed,
 * and an item that does not exist or may not be known; for state-changing requests a missing CSRF
 * token, a body too large or not JSON, and a rule of the data that refuses the change) plus the
 * endpoint's own `errors`.
 */
export function errorStatuses(def: EndpointDef): number[] {
  const statuses = new Set<number>([400, 503]);
  if (def.auth === 'user') [401, 403, 404].forEach((s) => statuses.add(s));
  if (def.params) statuses.add(404);
  if (def.method !== 'get') [403, 409, 413, 415].forEach((s) => statuses.add(s));
  def.errors?.forEach((s) => statuses.add(s));
  return [...statuses].sort((a, b) => a - b);
}

export function endpoint<const E extends EndpointDef>(definition: E): E {
  return definition;
}

type InputOf<S> = S extends z.ZodType ? z.input<S> : undefined;

export type EndpointParams<E extends EndpointDef> = InputOf<E['params']>;
export type EndpointQuery<E extends EndpointDef> = InputOf<E['query']>;
export type EndpointBody<E extends EndpointDef> = InputOf<E['body']>;
export type EndpointResponse<E extends EndpointDef> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : void;

/** `/api/workspaces/:id` → `/api/workspaces/{id}` for OpenAPI. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** Fills `:name` segments of an express-style path. */
export function buildPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(value);
  });
}
