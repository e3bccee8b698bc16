import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { LoginLimiter } from '../auth/login-limiter';
import { csrfToken } from '../auth/session';
import { startSession } from '../auth/sign-in';
import type { Env } from '../env';
import { appUrl } from '../http/app-url';
import type { RouteBinder } from '../http/route';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import { resolvePeople } from '../privacy/attribution';
import { acceptInvitation, previewInvitation } from './invitation-acceptance.service';
import { invitationPeopleIds, presentInvitation } from './invitations.presenter';
import {
  createInvitation,
  listInvitations,
  resendInvitation,
  revokeInvitation,
} from './invitations.service';
import type { WorkspaceEvents } from './workspace-events';
import { authorizeWorkspace } from './workspaces.policy';

interface Deps {
  env: Env;
  logger: Logger;
  mailer: Mailer;
  events: WorkspaceEvents;
  limiter: LoginLimiter;
}

export function invitationRoutes(bind: RouteBinder, deps: Deps): Router {
  const router = Router();
  const api = endpoints.invitations;
  const present = async (...invitations: Parameters<typeof presentInvitation>[0][]) => {
    const people = await resolvePeople(invitationPeopleIds(invitations));
    return invitations.map((invitation) => presentInvitation(invitation, people));
  };

  bind(router, api.list, async ({ actor, params }) => {
    await authorizeWorkspace(actor, params.workspaceId, 'invitations.manage');
    return { items: await present(...(await listInvitations(params.workspaceId))) };
  });

  bind(router, api.create, async ({ actor, params, body, req }) => {
    const { workspace } = await authorizeWorkspace(actor, params.workspaceId, 'invitations.manage');
    const invitation = await createInvitation(actor, workspace, body, {
      ...deps,
      appUrl: appUrl(deps.env, req),
    });
    return (await present(invitation))[0]!;
  });

  bind(router, api.resend, async ({ actor, params, req }) => {
    const { workspace } = await authorizeWorkspace(actor, params.workspaceId, 'invitations.manage');
    const invitation = await resendInvitation(actor, workspace, params.invitationId, {
      ...deps,
      appUrl: appUrl(deps.env, req),
    });
    return (await present(invitation))[0]!;
  });

  bind(router, api.revoke, async ({ actor, params }) => {
    await authorizeWorkspace(actor, params.workspaceId, 'invitations.manage');
    await revokeInvitation(actor, params.workspaceId, params.invitationId);
  });

  bind(router, api.preview, ({ params }) => previewInvitation(params.token));

  bind(router, api.accept, async ({ actor, params, body, req }) => {
    const accepted = await acceptInvitation({
      token: params.token,
      actor,
      body,
      limiter: deps.limiter,
      ip: req.ip ?? 'unknown',
      events: deps.events,
    });
    const session = accepted.signedIn
      ? await startSession(req, accepted.user, 'invitation')
      : { user: accepted.user, csrfToken: csrfToken(req) };
    return { workspaceId: accepted.workspaceId, session };
  });

  return router;
}
