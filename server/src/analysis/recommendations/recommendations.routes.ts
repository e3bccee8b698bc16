import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../../http/route';
import type { CollabDocuments } from '../../realtime/collab/documents';
import {
  acceptRecommendation,
  createRecommendation,
  declineRecommendation,
  getRecommendation,
  listRecommendations,
} from './recommendations.service';

const api = endpoints.recommendations;

/** Recommendations of a security analysis and the decision that turns one into a measure. */
export function recommendationRoutes(
  bind: RouteBinder,
  deps: { documents: CollabDocuments },
): Router {
  const router = Router();
  bind(router, api.list, ({ actor, params }) => listRecommendations(actor, params.id));
  bind(router, api.create, ({ actor, params, body }) =>
    createRecommendation(actor, params.id, body),
  );
  bind(router, api.get, ({ actor, params }) => getRecommendation(actor, params.id));
  bind(router, api.accept, ({ actor, params, body }) =>
    acceptRecommendation(actor, params.id, body, deps.documents),
  );
  bind(router, api.decline, ({ actor, params, body }) =>
    declineRecommendation(actor, params.id, body.reason),
  );
  return router;
}
