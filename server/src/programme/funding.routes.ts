import { endpoints, type ProgrammeChanged } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import * as funding from './funding.service';
import { authorizeMunicipality, requireProgrammeStaff } from './programme.policy';
import { presentFunding } from './programme.presenter';
import { FundingModel, type FundingRecord } from './records.model';
import { findRecord } from './records.service';

/** Funding applications (checked against the funding rules) and the annual budgets. */
export function fundingRoutes(
  bind: RouteBinder,
  changed: (change: ProgrammeChanged) => void,
): Router {
  const router = Router();
  const api = endpoints.programme;
  const findFunding = (id: string) =>
    findRecord<FundingRecord>(FundingModel, id, 'Funding application');

  bind(router, api.fundingList, async ({ actor, query }) => {
    requireProgrammeStaff(actor);
    return { items: await funding.listFunding(query.year) };
  });

  bind(router, api.createFunding, async ({ actor, params, body }) => {
    const municipality = await authorizeMunicipality(actor, params.id, 'records.write');
    const { record, warnings } = await funding.createFunding(municipality, body);
    changed({ kind: 'funding', action: 'created', municipalityId: params.id });
    return presentFunding(record, municipality.name, warnings);
  });

  bind(router, api.updateFunding, async ({ actor, params, body }) => {
    const existing = await findFunding(params.id);
    const municipality = await authorizeMunicipality(
      actor,
      existing.municipalityId,
      'records.write',
    );
    const { record, warnings } = await funding.updateFunding(existing, municipality, body);
    changed({ kind: 'funding', action: 'updated', municipalityId: municipality._id.toHexString() });
    return presentFunding(record, municipality.name, warnings);
  });

  bind(router, api.deleteFunding, async ({ actor, params }) => {
    const existing = await findFunding(params.id);
    await authorizeMunicipality(actor, existing.municipalityId, 'records.write');
    await FundingModel.deleteOne({ _id: existing._id });
    changed({
      kind: 'funding',
      action: 'deleted',
      municipalityId: existing.municipalityId.toHexString(),
    });
  });

  bind(router, api.budgets, async ({ actor }) => {
    requireProgrammeStaff(actor);
    return { items: await funding.listBudgets() };
  });

  bind(router, api.setBudget, async ({ actor, params, body }) => {
    requireProgrammeStaff(actor);
    const budget = await funding.setBudget(params.year, body.amount);
    changed({ kind: 'budget', action: 'updated', municipalityId: null });
    return budget;
  });

  return router;
}
