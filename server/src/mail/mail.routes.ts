import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import { authorizeWorkspace } from '../workspaces/workspaces.policy';
import { authorizePlatformOutbox } from './mail.policy';
import type { Mailer } from './mailer';
import { presentOutboxMail } from './outbox.presenter';
import { listOutbox } from './outbox.service';

export function mailRoutes(bind: RouteBinder, deps: { mailer: Mailer }): Router {
  const router = Router();
  const api = endpoints.mail;

  bind(router, api.workspaceOutbox, async ({ actor, params }) => {
    await authorizeWorkspace(actor, params.workspaceId, 'outbox.read');
    return {
      transport: deps.mailer.transport,
      items: (await listOutbox(params.workspaceId)).map(presentOutboxMail),
    };
  });

  bind(router, api.outbox, async ({ actor }) => {
    const kinds = authorizePlatformOutbox(actor);
    return {
      transport: deps.mailer.transport,
      items: (await listOutbox(null, kinds)).map(presentOutboxMail),
    };
  });

  return router;
}
