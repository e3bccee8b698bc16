import { ACTIVITY_ACTIONS, endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import { authorizeWorkspace } from '../workspaces/workspaces.policy';
import { authorizePlatformLog } from './audit.policy';
import { presentAuditEvents } from './audit.presenter';
import { listAudit, recentActivity } from './audit.service';

/** Reading the audit log. There are deliberately no routes that change or delete entries. */
export function auditRoutes(bind: RouteBinder): Router {
  const router = Router();
  const api = endpoints.audit;

  bind(router, api.list, async ({ actor, params, query }) => {
    await authorizeWorkspace(actor, params.workspaceId, 'audit.read');
    const page = await listAudit(params.workspaceId, query);
    return { items: await presentAuditEvents(page.items), nextCursor: page.nextCursor };
  });

  bind(router, api.activity, async ({ actor, params }) => {
    await authorizeWorkspace(actor, params.workspaceId, 'activity.read');
    return {
      items: await presentAuditEvents(await recentActivity(params.workspaceId, ACTIVITY_ACTIONS)),
    };
  });

  bind(router, api.platform, async ({ actor, query }) => {
    authorizePlatformLog(actor);
    const page = await listAudit(null, query);
    return { items: await presentAuditEvents(page.items), nextCursor: page.nextCursor };
  });

  return router;
}
