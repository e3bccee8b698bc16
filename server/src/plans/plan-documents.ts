import { LRUCache } from 'lru-cache';
import type * as Y from 'yjs';
import type { Logger } from '../logger';
import { forgetMirror, mirrorMeasures } from './measures.mirror';
import { planWorkspace } from './plans.service';
import type { AutoVersioner } from './versions.service';

/**
 * What happens after a plan's document is durably written: its measures are mirrored into the
 * `measures` collection, and an automatic version is scheduled.
 */
export function planPersistedHook(deps: { versions: AutoVersioner; logger: Logger }) {
  // A plan's council never changes: remembered for the plans written most recently.
  const workspaces = new LRUCache<string, string>({ max: 10_000 });
  return async (planId: string, doc: Y.Doc): Promise<void> => {
    let workspaceId = workspaces.get(planId);
    if (!workspaceId) {
      const found = await planWorkspace(planId);
      if (!found) {
        forgetMirror(planId);
        return;
      }
      workspaceId = found;
      workspaces.set(planId, workspaceId);
    }
    await mirrorMeasures(planId, workspaceId, doc);
    deps.versions.touched(planId);
  };
}
