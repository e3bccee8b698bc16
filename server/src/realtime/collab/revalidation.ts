import type { Logger } from '../../logger';
import type { WorkspaceEvents } from '../../workspaces/workspace-events';
import { InterServerEvent, type RealtimeServer, type RevalidateFilter } from '../io';
import type { AuthorizeDocument } from './authorize';
import type { CollabDocuments } from './documents';

/**
 * Keeps open document connections in line with permissions: when a membership changes or a
 * document's visibility does, the affected connections are asked again, here and (through the
 * Socket.IO adapter) on every other instance.
 */
export function attachRevalidation(deps: {
  io: RealtimeServer;
  documents: CollabDocuments;
  authorize: AuthorizeDocument;
  workspaceEvents: WorkspaceEvents;
  logger: Logger;
  /** Whether other instances run beside this one (REDIS_URL); alone, there is nobody to tell. */
  otherInstances: boolean;
}): { documentAccessChanged(docName: string): void } {
  const run = (filter: RevalidateFilter) => {
    deps.documents.revalidate(deps.authorize, filter).catch((error: unknown) => {
      deps.logger.warn({ err: error, filter }, 'revalidating document access failed');
    });
  };
  const everywhere = (filter: RevalidateFilter) => {
    run(filter);
    if (deps.otherInstances) deps.io.serverSideEmit(InterServerEvent.CollabRevalidate, filter);
  };
  deps.io.on(InterServerEvent.CollabRevalidate, run);
  deps.workspaceEvents.onMembershipChanged((change) => everywhere({ userId: change.userId }));
  return { documentAccessChanged: (docName) => everywhere({ docName }) };
}
