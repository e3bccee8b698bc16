import type { LiveChannel } from '../access-changes';
import type { AuthorizeDocument } from './authorize';
import type { CollabDocuments } from './documents';

/**
 * The collaborative documents' live channel (plans and meeting minutes, over Socket.IO and over
 * y-websocket alike): after an access change the affected participants are asked again. A
 * person's change concerns their connections; a record's change concerns that document, or,
 * for an exchange, every open document (its meetings' minutes follow the exchange).
 */
export function documentsChannel(deps: {
  documents: CollabDocuments;
  authorize: AuthorizeDocument;
}): LiveChannel {
  return {
    name: 'documents',
    async revalidate({ change, reloadActor }) {
      if (change.kind === 'visibility') {
        if (change.resource.type === 'project') return;
        const filter = change.resource.type === 'document' ? { docName: change.resource.id } : {};
        await deps.documents.revalidate(deps.authorize, filter);
        return;
      }
      if (change.kind === 'session') {
        await deps.documents.revalidate(deps.authorize, { sessionId: change.sessionId }, () =>
          Promise.resolve(null),
        );
        return;
      }
      await deps.documents.revalidate(deps.authorize, { userId: change.userId }, (connection) =>
        change.kind === 'password' && connection.sessionId !== change.keepSessionId
          ? Promise.resolve(null)
          : reloadActor(connection.actor.id, connection.sessionId),
      );
    },
  };
}
