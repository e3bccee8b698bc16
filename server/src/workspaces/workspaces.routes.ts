import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { LoginLimiter } from '../auth/login-limiter';
import type { Env } from '../env';
import type { RouteBinder } from '../http/route';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import { invitationRoutes } from './invitations.routes';
import { memberRoutes } from './members.routes';
import type { WorkspaceEvents } from './workspace-events';
import { presentWorkspaceProfile, presentWorkspaceSummary } from './workspaces.presenter';
import { authorizeWorkspace } from './workspaces.policy';
import { listWorkspaces, loadWorkspaceProfile, updateWorkspace } from './workspaces.service';

export interface WorkspaceRouteDeps {
  env: Env;
  logger: Logger;
  mailer: Mailer;
  events: WorkspaceEvents;
  limiter: LoginLimiter;
}

/** Councils: list, profile and settings, plus their members and invitations. */
export function workspaceRoutes(bind: RouteBinder, deps: WorkspaceRouteDeps): Router {
  const router = Router();
  const api = endpoints.workspaces;

  bind(router, api.list, async ({ actor }) => ({
    items: (await listWorkspaces(actor)).map(presentWorkspaceSummary),
  }));

  bind(router, api.profile, async ({ actor, params }) => {
    const { workspace, membership } = await authorizeWorkspace(
      actor,
      params.workspaceId,
      'profile.read',
    );
    return presentWorkspaceProfile(
      await loadWorkspaceProfile(workspace),
      actor,
      membership?.role ?? null,
    );
  });

  bind(router, api.update, async ({ actor, params, body }) => {
    const { workspace, membership } = await authorizeWorkspace(
      actor,
      params.workspaceId,
      'settings.update',
    );
    const updated = await updateWorkspace(actor, workspace, body);
    return presentWorkspaceProfile(
      await loadWorkspaceProfile(updated),
      actor,
      membership?.role ?? null,
    );
  });

  router.use(memberRoutes(bind, deps));
  router.use(invitationRoutes(bind, deps));
  return router;
}
