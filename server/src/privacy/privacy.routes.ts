import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import { SESSION_COOKIE, destroySession } from '../auth/session';
import type { RouteBinder } from '../http/route';
import { deleteAccount, type DeletionDeps } from './deletion.service';
import { buildPersonalDataExport, recordPersonalExport } from './export.service';

export function privacyRoutes(bind: RouteBinder, deps: DeletionDeps): Router {
  const router = Router();
  const api = endpoints.privacy;

  bind(router, api.exportData, async ({ actor, res }) => {
    const data = await buildPersonalDataExport(actor.id, deps.personalData);
    await recordPersonalExport(actor.id);
    const day = data.exportedAt.slice(0, 10);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="praeventionsnetz-meine-daten-${day}.json"`,
    );
    res.setHeader('Cache-Control', 'no-store');
    return data;
  });

  bind(router, api.deleteAccount, async ({ actor, body, req, res }) => {
    await deleteAccount(actor.id, body, deps);
    await destroySession(req);
    res.clearCookie(SESSION_COOKIE);
  });

  return router;
}
