import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../../http/route';
import { findAnalysis } from '../analysis.service';
import { councilComparison, setComparisonOptIn } from './councils';
import { createWorkshop, publishTransfer, transferOf } from './transfer.service';
import { authorizeTransfer } from './transfer.policy';
import { waveComparison } from './waves';

const api = endpoints.analysisTransfer;

/** Comparisons with the previous wave and other councils; the workshop and the publication. */
export function transferRoutes(bind: RouteBinder): Router {
  const router = Router();
  bind(router, api.waves, async ({ actor, params }) => {
    const analysis = await findAnalysis(params.id);
    await authorizeTransfer(actor, analysis, 'read');
    return waveComparison(analysis);
  });
  bind(router, api.councils, async ({ actor, params }) =>
    councilComparison(actor, await findAnalysis(params.id)),
  );
  bind(router, api.optIn, async ({ actor, params, body }) =>
    setComparisonOptIn(actor, await findAnalysis(params.id), body.optedIn),
  );
  bind(router, api.get, async ({ actor, params }) =>
    transferOf(actor, await findAnalysis(params.id)),
  );
  bind(router, api.workshop, async ({ actor, params, body }) =>
    createWorkshop(actor, await findAnalysis(params.id), body),
  );
  bind(router, api.publish, async ({ actor, params, body }) =>
    publishTransfer(actor, await findAnalysis(params.id), body),
  );
  return router;
}
