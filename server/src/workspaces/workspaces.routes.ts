import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import { presentWorkspaceSummary } from './workspaces.presenter';
import { listWorkspaces } from './workspaces.service';

export function workspaceRoutes(bind: RouteBinder): Router {
  const router = Router();
  bind(router, endpoints.workspaces.list, async ({ actor }) => ({
    items: (await listWorkspaces(actor)).map(presentWorkspaceSummary),
  }));
  return router;
}
