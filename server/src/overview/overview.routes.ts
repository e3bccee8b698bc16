import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import { overviewFor } from './overview.service';

/** "Mein Überblick": one read, scoped to the viewer by the service. */
export function overviewRoutes(bind: RouteBinder): Router {
  const router = Router();
  bind(router, endpoints.overview.overview, async ({ actor }) => overviewFor(actor));
  return router;
}
