import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../../http/route';
import * as matching from './matching.service';

/** Who could learn from whom: suggestions for councils, projects and measures, and the overview. */
export function matchingRoutes(bind: RouteBinder): Router {
  const router = Router();
  const api = endpoints.matching;
  bind(router, api.council, ({ actor, params, query }) =>
    matching.suggestForCouncil(actor, params.workspaceId, query.field),
  );
  bind(router, api.project, ({ actor, params }) =>
    matching.suggestForProject(actor, params.projectId),
  );
  bind(router, api.measure, ({ actor, params }) =>
    matching.suggestForMeasure(actor, params.planId, params.measureId),
  );
  bind(router, api.fields, async ({ actor }) => ({ items: await matching.fieldOverview(actor) }));
  return router;
}
