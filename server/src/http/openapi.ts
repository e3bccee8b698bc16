import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import {
  ApiErrorSchema,
  endpoints,
  errorStatuses,
  toOpenApiPath,
  type EndpointDef,
} from '@pnetz/shared';

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `fields` names each problem',
  401: 'Not signed in',
  403: 'Not allowed, or the CSRF token is missing or invalid',
  404: 'Not found, or not visible to the caller',
  409: 'A rule of the data refuses the change (a duplicate, the last admin, a changed state)',
  410: 'Gone: used, revoked or expired',
  413: 'The body or file is too large',
  415: 'The body or file is of a type the endpoint does not accept',
  429: 'Too many attempts; `Retry-After` says when to try again',
  503: 'The database is not answering; try again shortly',
};

function allEndpoints(): EndpointDef[] {
  return Object.values(endpoints).flatMap((group) => Object.values(group) as EndpointDef[]);
}

/**
 * The OpenAPI 3.1 document, generated from the very zod schemas that validate requests, so the
 * documentation cannot drift from what the server accepts.
 */
export function buildOpenApiDocument(
  version: string,
): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'pnetz.sid',
  });
  const errorContent = { 'application/json': { schema: ApiErrorSchema } };
  for (const def of allEndpoints()) {
    const successStatus = def.status ?? (def.response === null ? 204 : 200);
    registry.registerPath({
      method: def.method,
      path: toOpenApiPath(def.path),
      summary: def.summary,
      tags: [def.tag],
      ...(def.auth === 'user' ? { security: [{ session: [] }] } : {}),
      request: {
        ...(def.params ? { params: def.params } : {}),
        ...(def.query ? { query: def.query } : {}),
        ...(def.body ? { body: { content: { 'application/json': { schema: def.body } } } } : {}),
      },
      responses: {
        [successStatus]: def.response
          ? { description: 'Success', content: { 'application/json': { schema: def.response } } }
          : def.produces
            ? {
                description: 'A file',
                content: Object.fromEntries(
                  def.produces.map((type) => [
                    type,
                    { schema: { type: 'string', format: 'binary' } },
                  ]),
                ),
              }
            : { description: 'No content' },
        ...Object.fromEntries(
          errorStatuses(def).map((status) => [
            status,
            { description: ERROR_DESCRIPTIONS[status] ?? 'Error', content: errorContent },
          ]),
        ),
      },
    });
  }
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Präventionsnetz API',
      version,
      description:
        'REST API of Präventionsnetz. State-changing requests need the session cookie and the CSRF token from GET /api/auth/session in the x-csrf-token header.',
    },
  });
}
