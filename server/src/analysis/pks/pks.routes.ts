import { PKS_LIMITS, endpoints } from '@pnetz/shared';
import { Router } from 'express';
import { isCoordinator, isPlatformAdmin, type Actor } from '../../auth/actor';
import { forbidden } from '../../errors';
import { readUpload } from '../../files/upload';
import type { RouteBinder } from '../../http/route';
import { decideAnalysis, requireAnalysis, standingOf } from '../analysis.policy';
import { findAnalysis } from '../analysis.service';
import * as pks from './pks.service';

const api = endpoints.pks;

/**
 * Saxony's reference figures are programme data: the programme staff import them, every
 * signed-in user reads them (they are published statistics).
 */
const mayImportSaxony = (actor: Actor) => isCoordinator(actor) || isPlatformAdmin(actor);

/**
 * The police statistics of an analysis. Reading follows the analysis's `read` rule (council
 * members and guests, programme staff); importing its `manage` rule (the analysis's owners).
 */
export function pksRoutes(bind: RouteBinder): Router {
  const router = Router();

  bind(router, api.get, async ({ actor, params }) => {
    const analysis = await findAnalysis(params.id);
    const standing = await standingOf(actor, analysis);
    requireAnalysis(standing, 'read');
    return pks.analysisPks(analysis, decideAnalysis(standing, 'manage'));
  });

  bind(router, api.import, async ({ actor, params, query, req }) => {
    const analysis = await findAnalysis(params.id);
    requireAnalysis(await standingOf(actor, analysis), 'manage');
    const bytes = await readUpload(req, PKS_LIMITS.fileMaxBytes, 'file');
    return pks.importAnalysisPks(analysis, bytes, query);
  });

  bind(router, api.saxony, async ({ actor }) => pks.saxonyPks(mayImportSaxony(actor)));

  bind(router, api.importSaxony, async ({ actor, query, req }) => {
    if (!mayImportSaxony(actor))
      throw forbidden("The programme coordinators import Saxony's police statistics");
    const bytes = await readUpload(req, PKS_LIMITS.fileMaxBytes, 'file');
    return pks.importSaxonyPks(bytes, query);
  });

  return router;
}
