import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import { withAdminLock } from './admin-lock';
import { presentMember } from './members.presenter';
import { leaveWorkspace, listMembers, removeMember, updateMember } from './members.service';
import type { WorkspaceEvents } from './workspace-events';
import { authorizeWorkspace, memberUpdateAction } from './workspaces.policy';

export function memberRoutes(bind: RouteBinder, deps: { events: WorkspaceEvents }): Router {
  const router = Router();
  const api = endpoints.members;

  bind(router, api.list, async ({ actor, params }) => {
    const { membership } = await authorizeWorkspace(actor, params.workspaceId, 'members.read');
    const members = await listMembers(params.workspaceId);
    return {
      items: members.map((member) => presentMember(member, actor, membership?.role ?? null)),
    };
  });

  // Changes that can reduce the admins run under the council's admin lock, permission check
  // included: an admin demoted a moment ago can no longer demote the last one.
  bind(router, api.update, async ({ actor, params, body }) =>
    withAdminLock(params.workspaceId, async () => {
      const action = memberUpdateAction(actor, params.userId, body);
      const { membership } = await authorizeWorkspace(actor, params.workspaceId, action);
      const member = await updateMember(actor, params.workspaceId, params.userId, body, deps);
      return presentMember(member, actor, membership?.role ?? null);
    }),
  );

  bind(router, api.remove, async ({ actor, params }) => {
    await withAdminLock(params.workspaceId, async () => {
      await authorizeWorkspace(actor, params.workspaceId, 'members.manage');
      await removeMember(actor, params.workspaceId, params.userId, deps);
    });
  });

  bind(router, api.leave, async ({ actor, params }) => {
    await withAdminLock(params.workspaceId, async () => {
      await authorizeWorkspace(actor, params.workspaceId, 'membership.leave');
      await leaveWorkspace(actor, params.workspaceId, deps);
    });
  });

  return router;
}
