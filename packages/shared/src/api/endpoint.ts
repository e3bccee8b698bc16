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
