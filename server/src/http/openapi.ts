import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { ApiErrorSchema, endpoints, toOpenApiPath, type EndpointDef } from '@pnetz/shared';

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
        400: { description: 'Invalid input; `fields` names each problem', content: errorContent },
        ...(def.auth === 'user'
          ? { 401: { description: 'Not signed in', content: errorContent } }
          : {}),
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
