import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { Actor } from '../../auth/actor';
import type { RouteBinder } from '../../http/route';
import {
  decideAnalysis,
  requireAnalysis,
  standingOf,
  type AnalysisAction,
} from '../analysis.policy';
import { findAnalysis } from '../analysis.service';
import { placesGeoJson } from './geojson';
import * as places from './places.service';

const api = endpoints.places;

async function authorize(actor: Actor, id: string, action: AnalysisAction) {
  const analysis = await findAnalysis(id);
  const standing = await standingOf(actor, analysis);
  requireAnalysis(standing, action);
  return { analysis, standing };
}

/**
 * Places residents avoid. The ranking and its GeoJSON follow the analysis's `read` rule (only
 * aggregates, small groups left out); defining and placing places its `manage` rule.
 * `weights` is where the results' weighting plugs in (default: every response counts once).
 */
export function placesRoutes(
  bind: RouteBinder,
  deps: { weights?: places.ResponseWeights } = {},
): Router {
  const router = Router();
  const weights = deps.weights ?? places.noWeights;

  bind(router, api.list, async ({ actor, params }) => {
    const { analysis, standing } = await authorize(actor, params.id, 'read');
    return places.analysisPlaces(analysis, decideAnalysis(standing, 'manage'), weights);
  });

  bind(router, api.create, async ({ actor, params, body }) => {
    const { analysis } = await authorize(actor, params.id, 'manage');
    return places.createPlace(analysis, body);
  });

  bind(router, api.update, async ({ actor, params, body }) => {
    const { analysis } = await authorize(actor, params.id, 'manage');
    return places.updatePlace(analysis, params.placeId, body);
  });

  bind(router, api.remove, async ({ actor, params }) => {
    const { analysis } = await authorize(actor, params.id, 'manage');
    await places.removePlace(analysis, params.placeId);
  });

  bind(router, api.geojson, async ({ actor, params, res }) => {
    const { analysis } = await authorize(actor, params.id, 'read');
    const [ranking, labels] = await Promise.all([
      places.rankingOf(analysis, weights),
      places.reasonLabels(analysis),
    ]);
    res.status(200).type('application/geo+json').attachment('angstraeume.geojson');
    res.setHeader('Cache-Control', 'no-store');
    res.send(JSON.stringify(placesGeoJson(ranking, labels)));
  });

  return router;
}
