import {
  ApiErrorSchema,
  SessionStateSchema,
  buildPath,
  endpoints,
  type EndpointBody,
  type EndpointDef,
  type EndpointParams,
  type EndpointQuery,
  type EndpointResponse,
} from '@pnetz/shared';
import { ApiRequestError, errorIdForStatus } from './api-error';

export { ApiRequestError, errorKey, isApiError } from './api-error';

/** A part of the request that the endpoint defines is required; one it does not is forbidden. */
type Part<K extends string, V> = [V] extends [undefined] ? { [P in K]?: never } : { [P in K]: V };

export type ApiOptions<E extends EndpointDef> = Part<'params', EndpointParams<E>> &
  Part<'body', EndpointBody<E>> & {
    query?: EndpointQuery<E>;
    signal?: AbortSignal;
  };

type ApiArgs<E extends EndpointDef> =
  Partial<ApiOptions<E>> extends ApiOptions<E>
    ? [options?: ApiOptions<E>]
    : [options: ApiOptions<E>];

// The session's CSRF token lives here and nowhere else. Every response that carries the session
// state (session, login) replaces it, so a new token after sign-in is picked up automatically.
let csrfToken: string | null = null;
let refreshing: Promise<void> | null = null;

/** Fetches the session once (shared by concurrent callers) to obtain a current CSRF token. */
function refreshCsrfToken(): Promise<void> {
  refreshing ??= send(endpoints.auth.session, {}, false)
    .then(() => undefined)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/**
 * Calls one endpoint of the shared contract and returns its parsed response.
 * Throws `ApiRequestError` for error responses, unreachable servers and answers that do not match
 * the response schema. State-changing requests carry the CSRF token; when the server rejects it
 * (`csrf_failed`, e.g. after the session was renewed elsewhere) the session is fetched once and the
 * request retried once.
 */
export function api<E extends EndpointDef>(
  def: E,
  ...[options]: ApiArgs<E>
): Promise<EndpointResponse<E>> {
  return send(def, options ?? {}, true);
}

/**
 * Sends a file as the raw request body to an endpoint of the contract (uploads), with the CSRF
 * token and error handling of every other call; the server decides the type from the bytes.
 */
export function apiUpload<E extends EndpointDef>(
  def: E,
  options: {
    params?: EndpointParams<E>;
    query?: EndpointQuery<E>;
    file: Blob;
    signal?: AbortSignal;
  },
): Promise<EndpointResponse<E>> {
  const { file, ...rest } = options;
  return send(def, { ...rest, body: file }, true);
}

/**
 * Calls an endpoint that answers with a file (a PDF) and returns its bytes, with the CSRF token and
 * error handling of every other call.
 */
export function apiBlob<E extends EndpointDef>(
  def: E,
  options: { params?: EndpointParams<E>; query?: EndpointQuery<E>; signal?: AbortSignal },
): Promise<Blob> {
  return send(def, { ...options, asBlob: true }, true) as Promise<unknown> as Promise<Blob>;
}

interface RequestParts {
  params?: unknown;
  query?: unknown;
  body?: unknown;
  signal?: AbortSignal;
  /** The endpoint streams a file (`produces`): answer with its bytes. */
  asBlob?: boolean;
}

async function send<E extends EndpointDef>(
  def: E,
  options: RequestParts,
  retryOnCsrfFailure: boolean,
): Promise<EndpointResponse<E>> {
  const mutating = def.method !== 'get';
  if (mutating && csrfToken === null) await refreshCsrfToken();

  const headers: Record<string, string> = { Accept: 'application/json' };
  const raw = options.body instanceof Blob ? options.body : null;
  if (options.body !== undefined) {
    headers['Content-Type'] = raw ? raw.type || 'application/octet-stream' : 'application/json';
  }
  if (mutating && csrfToken !== null) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(urlOf(def, options), {
      method: def.method.toUpperCase(),
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : (raw ?? JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiRequestError('network', 0, { cause: error });
  }

  if (!response.ok) {
    const error = await errorOf(response);
    if (error.id === 'csrf_failed' && mutating && retryOnCsrfFailure) {
      await refreshCsrfToken();
      return send(def, options, false);
    }
    throw error;
  }

  if (options.asBlob) return (await response.blob()) as EndpointResponse<E>;
  if (def.response === null) return undefined as EndpointResponse<E>;
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = def.response.safeParse(json);
  if (!parsed.success) {
    throw new ApiRequestError('invalid_response', response.status, { cause: parsed.error });
  }
  if (def.response === SessionStateSchema) {
    csrfToken = SessionStateSchema.parse(parsed.data).csrfToken;
  }
  return parsed.data as EndpointResponse<E>;
}

function urlOf(def: EndpointDef, options: RequestParts): string {
  const path = buildPath(
    def.path,
    options.params === undefined ? undefined : scalars(options.params),
  );
  const search = new URLSearchParams();
  for (const [name, value] of entriesOf(options.query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null) search.append(name, String(item));
    }
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

function entriesOf(value: unknown): Array<[string, unknown]> {
  return typeof value === 'object' && value !== null ? Object.entries(value) : [];
}

/** Path parameters as strings, as `buildPath` expects them. */
function scalars(value: unknown): Record<string, string> {
  return Object.fromEntries(entriesOf(value).map(([name, item]) => [name, String(item)]));
}

async function errorOf(response: Response): Promise<ApiRequestError> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = ApiErrorSchema.safeParse(body);
  if (!parsed.success) {
    return new ApiRequestError(errorIdForStatus(response.status), response.status, {
      retryAfterSeconds,
    });
  }
  return new ApiRequestError(parsed.data.error.id, response.status, {
    fields: parsed.data.error.fields ?? [],
    retryAfterSeconds,
  });
}
