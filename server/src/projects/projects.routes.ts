import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import { recordAudit } from '../audit/audit.service';
import type { Env } from '../env';
import type { AccessChanges } from '../realtime/access-changes';
import { appUrl } from '../http/app-url';
import type { RouteBinder } from '../http/route';
import { presentMeasure } from '../plans/plans.presenter';
import { authorizeWorkspace } from '../workspaces/workspaces.policy';
import { listFeed } from './feed.service';
import type { ProjectDeps } from './project-deps';
import { projectsCsv } from './project-export';
import { allProjects, listProjects, projectMeasures } from './project-list.service';
import { authorizeProject } from './projects.policy';
import { presentProject, presentSummaries } from './projects.presenter';
import * as projects from './projects.service';

/** Projects: lists and export, the record, following, linked measures, activity feeds. */
export function projectRoutes(
  bind: RouteBinder,
  deps: ProjectDeps & { env: Env; access: AccessChanges },
): Router {
  const router = Router();
  const api = endpoints.projects;

  bind(router, api.list, async ({ actor, query }) => {
    const { items, total } = await listProjects(actor, query);
    return { items: await presentSummaries(items), total };
  });

  bind(router, api.export, async ({ actor, query, req, res }) => {
    const records = await allProjects(actor, query);
    const csv = await projectsCsv(records, actor.language, appUrl(deps.env, req));
    await recordAudit({
      workspaceId: query.workspaceId ?? null,
      action: 'data.exported',
      actorId: actor.id,
      details: { scope: 'projects', format: 'csv', count: records.length },
    });
    const day = new Date().toISOString().slice(0, 10);
    res.status(200).type('text/csv; charset=utf-8').attachment(`projekte-${day}.csv`).send(csv);
  });

  bind(router, api.create, async ({ actor, params, body }) => {
    const { project, permissions } = await projects.createProject(
      actor,
      params.workspaceId,
      body,
      deps,
    );
    return presentProject(project, { actor, permissions });
  });

  bind(router, api.get, async ({ actor, params }) => {
    const { project, permissions } = await authorizeProject(actor, params.id, 'read');
    return presentProject(project, { actor, permissions });
  });

  bind(router, api.update, async ({ actor, params, body }) => {
    const { project, permissions } = await projects.updateProject(actor, params.id, body, deps);
    if (body.visibility !== undefined || body.draft !== undefined)
      await deps.access.publish({
        kind: 'visibility',
        resource: { type: 'project', id: params.id },
      });
    return presentProject(project, { actor, permissions });
  });

  bind(router, api.remove, async ({ actor, params }) => {
    await projects.deleteProject(actor, params.id, deps);
  });

  bind(router, api.follow, async ({ actor, params, body }) => ({
    following: await projects.setFollowing(actor, params.id, body.following),
  }));

  bind(router, api.measures, async ({ actor, params }) => ({
    items: (await projectMeasures(actor, params.id)).map(({ measure, planTitle }) =>
      presentMeasure(measure, planTitle),
    ),
  }));

  bind(router, api.activity, async ({ actor, params, query }) => {
    const { project } = await authorizeProject(actor, params.id, 'read');
    return listFeed({ projectId: project._id.toHexString() }, query);
  });

  bind(router, api.feed, async ({ actor, params, query }) => {
    await authorizeWorkspace(actor, params.workspaceId, 'activity.read');
    return listFeed({ workspaceId: params.workspaceId }, query);
  });

  return router;
}
