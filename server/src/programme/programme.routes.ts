import { endpoints, todayInSaxony } from '@pnetz/shared';
import { Router } from 'express';
import type { Env } from '../env';
import type { RouteBinder } from '../http/route';
import { exportRoutes } from './export.routes';
import { loadDataset } from './dataset';
import { computeFigures, computeTrend, municipalityStatuses } from './figures';
import { fundingRoutes } from './funding.routes';
import * as municipalities from './municipalities.service';
import type { ProgrammeEvents } from './programme-events';
import { authorizeMunicipality, isProgrammeStaff, requireProgrammeStaff } from './programme.policy';
import { recordRoutes } from './records.routes';
import { linkableMeasures } from './records.service';

export interface ProgrammeRouteDeps {
  events: ProgrammeEvents;
  env: Pick<Env, 'MAP_TILE_URL' | 'MAP_TILE_ATTRIBUTION'>;
}

/** The programme dashboard: thin routes; the policy decides, services compute, presenters shape. */
export function programmeRoutes(bind: RouteBinder, deps: ProgrammeRouteDeps): Router {
  const router = Router();
  const api = endpoints.programme;
  const changed = deps.events.changed.bind(deps.events);

  bind(router, api.figures, async ({ actor, query }) => {
    requireProgrammeStaff(actor);
    return computeFigures(await loadDataset(), query.asOf ?? todayInSaxony());
  });

  bind(router, api.trend, async ({ actor, query }) => {
    requireProgrammeStaff(actor);
    return { points: computeTrend(await loadDataset(), query.to ?? todayInSaxony()) };
  });

  bind(router, api.municipalities, async ({ actor, query }) => {
    requireProgrammeStaff(actor);
    const asOf = query.asOf ?? todayInSaxony();
    return { asOf, items: municipalityStatuses(await loadDataset(), asOf) };
  });

  bind(router, api.mine, async ({ actor }) => ({
    items: await municipalities.myMunicipalities(actor),
  }));

  bind(router, api.mapConfig, () => ({
    tileUrl: deps.env.MAP_TILE_URL ?? null,
    tileAttribution: deps.env.MAP_TILE_ATTRIBUTION ?? null,
  }));

  bind(router, api.createMunicipality, async ({ actor, body }) => {
    requireProgrammeStaff(actor);
    const created = await municipalities.createMunicipality(body);
    changed({ kind: 'municipality', action: 'created', municipalityId: created._id.toHexString() });
    return municipalities.presentWithWorkspace(created);
  });

  bind(router, api.getMunicipality, async ({ actor, params }) => {
    const municipality = await authorizeMunicipality(actor, params.id, 'municipality.read');
    return municipalities.municipalityDetail(municipality, isProgrammeStaff(actor));
  });

  bind(router, api.updateMunicipality, async ({ actor, params, body }) => {
    const municipality = await authorizeMunicipality(actor, params.id, 'records.write');
    const updated = await municipalities.updateMunicipality(municipality, body);
    changed({ kind: 'municipality', action: 'updated', municipalityId: params.id });
    return municipalities.presentWithWorkspace(updated);
  });

  bind(router, api.deleteMunicipality, async ({ actor, params }) => {
    const municipality = await authorizeMunicipality(actor, params.id, 'records.write');
    await municipalities.deleteMunicipality(municipality);
    changed({ kind: 'municipality', action: 'deleted', municipalityId: params.id });
  });

  bind(router, api.linkableMeasures, async ({ actor, params }) => {
    const municipality = await authorizeMunicipality(actor, params.id, 'records.write');
    return { items: await linkableMeasures(municipality) };
  });

  router.use(recordRoutes(bind, changed));
  router.use(fundingRoutes(bind, changed));
  router.use(exportRoutes(bind));
  return router;
}
