import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import * as Y from 'yjs';
import type { RouteBinder } from '../http/route';
import type { CollabDocuments } from '../realtime/collab/documents';
import { presentMeasure, presentPlan, presentVersion } from './plans.presenter';
import * as plans from './plans.service';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { exportPlan } from './export/plan-export';
import {
  createVersion,
  findVersion,
  listVersions,
  restoreInto,
  versionState,
} from './versions.service';

export function planRoutes(
  bind: RouteBinder,
  deps: { documents: CollabDocuments; documentAccessChanged: (planId: string) => Promise<void> },
): Router {
  const router = Router();
  const api = endpoints.plans;

  bind(router, api.list, async ({ actor, params, query }) => ({
    items: (await plans.listPlans(actor, params.workspaceId, query.archived === 'true')).map(
      ({ plan, access }) => presentPlan(plan, access),
    ),
  }));

  bind(router, api.create, async ({ actor, params, body }) => {
    const { plan, access } = await plans.createPlan(actor, params.workspaceId, body);
    return presentPlan(plan, access);
  });

  bind(router, api.get, async ({ actor, params }) => {
    const { plan, access } = await plans.findPlanFor(actor, params.id, 'read');
    return presentPlan(plan, access);
  });

  bind(router, api.update, async ({ actor, params, body }) => {
    const { plan, access } = await plans.updatePlan(actor, params.id, body);
    if (body.archived !== undefined || body.visibility !== undefined)
      await deps.documentAccessChanged(params.id);
    return presentPlan(plan, access);
  });

  bind(router, api.measures, async ({ actor, params }) => {
    const { plan, measures } = await plans.planMeasures(actor, params.id);
    return { items: measures.map((measure) => presentMeasure(measure, plan.title)) };
  });

  bind(router, api.deadlines, async ({ actor, params, query }) => {
    const { titles, overdue, dueSoon } = await plans.deadlines(
      actor,
      params.workspaceId,
      query.days,
    );
    const present = (list: typeof overdue) =>
      list.map((m) => presentMeasure(m, titles.get(m.planId.toHexString()) ?? ''));
    return { overdue: present(overdue), dueSoon: present(dueSoon) };
  });

  bind(router, api.versions, async ({ actor, params }) => {
    await plans.findPlanFor(actor, params.id, 'read');
    return { items: (await listVersions(params.id)).map(presentVersion) };
  });

  bind(router, api.createVersion, async ({ actor, params, body }) => {
    await plans.findPlanFor(actor, params.id, 'edit');
    const document = await deps.documents.open(params.id);
    try {
      const version = await createVersion(params.id, Y.encodeStateAsUpdate(document.doc), {
        name: body.name,
        automatic: false,
        createdBy: actor.id,
      });
      return presentVersion(version);
    } finally {
      deps.documents.release(document);
    }
  });

  bind(router, api.export, async ({ actor, params, query, res }) => {
    const { plan } = await plans.findPlanFor(actor, params.id, 'read');
    const workspace = await WorkspaceModel.findById(plan.workspaceId, { name: 1 }).lean();
    const file = await exportPlan(
      deps.documents,
      { id: params.id, title: plan.title, workspaceName: workspace?.name ?? '' },
      query.format,
      actor.language,
    );
    res.status(200).type(file.mime).attachment(file.filename).send(file.body);
  });

  bind(router, api.version, async ({ actor, params }) => {
    await plans.findPlanFor(actor, params.id, 'read');
    const { version, state } = await findVersion(params.id, params.versionId);
    return { version: presentVersion(version), state: Buffer.from(state).toString('base64') };
  });

  bind(router, api.restoreVersion, async ({ actor, params }) => {
    await plans.findPlanFor(actor, params.id, 'edit');
    const state = await versionState(params.id, params.versionId);
    const document = await deps.documents.open(params.id);
    try {
      restoreInto(document.doc, state, { restoredBy: actor.id });
      await document.flush();
    } finally {
      deps.documents.release(document);
    }
  });

  return router;
}
