import type {
  EndpointBody,
  EndpointDef,
  EndpointParams,
  EndpointQuery,
  EndpointResponse,
  FieldError,
} from '@pnetz/shared';
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { unauthenticated, validationFailed } from '../errors';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteContext<E extends EndpointDef> {
  params: Parsed<E['params']>;
  query: Parsed<E['query']>;
  body: Parsed<E['body']>;
  actor: E['auth'] extends 'user' ? Actor : Actor | null;
  req: Request;
  res: Response;
}

export type RouteHandler<E extends EndpointDef> = (
  context: RouteContext<E>,
) => Promise<EndpointResponse<E>> | EndpointResponse<E>;

export type Authenticate = (req: Request) => Promise<Actor | null>;

/** Turns zod issues into field errors whose path names where the value came from (`body.email`). */
export function toFieldErrors(location: string, error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: [location, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

function parsePart(location: string, schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) throw validationFailed(toFieldErrors(location, result.error));
  return result.data;
}

/**
 * Binds an endpoint of the shared contract to a handler. The edge stays thin: authenticate,
 * validate params/query/body with the contract's schemas, call the handler, and send the result
 * through the response schema, so fields that are not part of the contract never leave the server.
 */
export function createRouteBinder(authenticate: Authenticate) {
  return function bind<E extends EndpointDef>(
    router: Router,
    def: E,
    handler: RouteHandler<E>,
  ): void {
    router[def.method](def.path, async (req: Request, res: Response) => {
      const actor = await authenticate(req);
      if (def.auth === 'user' && !actor) throw unauthenticated();
      const context = {
        params: parsePart('params', def.params, req.params),
        query: parsePart('query', def.query, req.query),
        body: parsePart('body', def.body, req.body),
        actor,
        req,
        res,
      } as RouteContext<E>;
      const result = await handler(context);
      if (res.headersSent) return;
      if (def.response === null) {
        res.status(def.status ?? 204).end();
        return;
      }
      // A handler may pick another status (e.g. 503 from readiness) through `res.status()`.
      res.status(def.status ?? res.statusCode).json(def.response.parse(result));
    });
  };
}

export type RouteBinder = ReturnType<typeof createRouteBinder>;
