import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import { presentResults } from './search.presenter';
import { search } from './search.service';

export function searchRoutes(bind: RouteBinder): Router {
  const router = Router();
  bind(router, endpoints.search.search, async ({ actor, query }) => {
    const { ranked, total } = await search(actor, query);
    return { items: await presentResults(ranked), total };
  });
  return router;
}
