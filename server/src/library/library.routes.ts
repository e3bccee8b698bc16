import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import { authorizeWorkspace } from '../workspaces/workspaces.policy';
import { presentLibraryFile } from './library.presenter';
import { listLibrary } from './library.service';

export function libraryRoutes(bind: RouteBinder): Router {
  const router = Router();
  bind(router, endpoints.library.files, async ({ actor, params, query }) => {
    // Every signed-in user sees a council's profile; the files are filtered one by one.
    await authorizeWorkspace(actor, params.workspaceId, 'profile.read');
    const { entries, people, total } = await listLibrary(actor, params.workspaceId, query);
    return { items: entries.map((entry) => presentLibraryFile(entry, people)), total };
  });
  return router;
}
