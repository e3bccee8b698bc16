import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import { listDirectory } from './directory.service';

/** The member directory: one read, scoped by directory.policy.ts. */
export function directoryRoutes(bind: RouteBinder): Router {
  const router = Router();
  bind(router, endpoints.directory.list, async ({ actor, query }) => listDirectory(actor, query));
  return router;
}
