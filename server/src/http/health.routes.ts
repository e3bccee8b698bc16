import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import { pingDatabase } from '../db/connection';
import type { RouteBinder } from './route';

export function healthRoutes(bind: RouteBinder): Router {
  const router = Router();
  bind(router, endpoints.health.health, () => ({ status: 'ok' as const }));
  bind(router, endpoints.health.ready, async ({ res }) => {
    const up = await pingDatabase();
    res.status(up ? 200 : 503);
    return {
      status: up ? ('ready' as const) : ('unavailable' as const),
      database: up ? ('up' as const) : ('down' as const),
    };
  });
  return router;
}
