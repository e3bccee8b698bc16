import { CollabMessageType, presenceColor } from '@pnetz/shared';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { eventually } from '../../support/eventually';
import { ApiClient } from '../../support/http';
import { openCollabClient, openWebsocketClient, whenSynced } from '../../support/collab';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let planId: string;
const people: Record<'anja' | 'ben' | 'carla', { id: string; name: string; cookie: string }> =
  {} as never;

beforeAll(async () => {
  app = await startTestServer();
  const workspace = await createWorkspace();
  const names = { anja: 'Anja Lehmann', ben: 'Ben Krause', carla: 'Carla Vogel' } as const;
  for (const [key, name] of Object.entries(names) as Array<[keyof typeof names, string]>) {
    const user = await createUser({ name });
    await addMember(workspace._id, user.id, 'member');
    const api = new ApiClient(app.url);
    await api.login(user.email, user.password);
    people[key] = { id: user.id, name, cookie: api.cookieHeader() };
  }
  planId = (await createPlan(workspace._id, people.anja.id)).id as string;
});
afterAll(() => app.close());

/** Resolves once a y-websocket client has synced. */
function wsSynced(provider: { synced: boolean; once(event: 'sync', cb: () => void): void }) {
  return provider.synced ? Promise.resolve() : new Promise<void>((r) => provider.once('sync', r));
}

/** What the observer sees of every other participant's `user` field. */
function usersSeenBy(awareness: { getStates(): Map<number, Record<string, unknown>> }) {
  return [...awareness.getStates().values()]
    .map((state) => state.user as { id: string; name: string; color: string } | undefined)
    .filter((user) => user !== undefined);
}

describe('awareness carries the signed-in person, whatever the client claims', () => {
  it('over Socket.IO: a client posing as someone else shows up as itself', async () => {
    const observer = openCollabClient(app.url, people.carla.cookie, planId);
    const impostor = openCollabClient(app.url, people.ben.cookie, planId);
    try {
      await Promise.all([whenSynced(observer.provider), whenSynced(impostor.provider)]);
      impostor.provider.awareness.setLocalState({
        user: { id: people.anja.id, name: people.anja.name, color: '#000000' },
        cursor: { anchor: 1 },
      });
      await eventually(() =>
        expect(usersSeenBy(observer.provider.awareness)).toContainEqual({
          id: people.ben.id,
          name: people.ben.name,
          color: presenceColor(people.ben.id),
        }),
      );
      const seen = usersSeenBy(observer.provider.awareness);
      expect(seen.some((user) => user.name === people.anja.name)).toBe(false);
      // Other fields of the state (the caret) pass unchanged.
      const states = [...observer.provider.awareness.getStates().values()];
      expect(states).toContainEqual(expect.objectContaining({ cursor: { anchor: 1 } }));
    } finally {
      observer.close();
      impostor.close();
    }
  });

  it('over y-websocket: the name is overwritten too', async () => {
    const observer = openWebsocketClient(app.url, people.carla.cookie, planId);
    const owner = openWebsocketClient(app.url, people.anja.cookie, planId);
    const impostor = openWebsocketClient(app.url, people.ben.cookie, planId);
    try {
      await Promise.all([observer, owner, impostor].map((c) => wsSynced(c.provider)));
      owner.provider.awareness.setLocalStateField('user', { id: 'x', name: 'x', color: '#111111' });
      impostor.provider.awareness.setLocalStateField('user', {
        id: people.anja.id,
        name: `${people.anja.name} (Geschäftsstelle)`,
        color: '#000000',
      });
      await eventually(() => {
        const seen = usersSeenBy(observer.provider.awareness);
        expect(seen).toContainEqual({
          id: people.ben.id,
          name: people.ben.name,
          color: presenceColor(people.ben.id),
        });
        expect(seen).toContainEqual({
          id: people.anja.id,
          name: people.anja.name,
          color: presenceColor(people.anja.id),
        });
      });
      expect(usersSeenBy(observer.provider.awareness).map((u) => u.name)).not.toContain(
        `${people.anja.name} (Geschäftsstelle)`,
      );
    } finally {
      for (const client of [observer, owner, impostor]) client.close();
    }
  });

  it("a client cannot move another participant's caret by sending its client id", async () => {
    const observer = openWebsocketClient(app.url, people.carla.cookie, planId);
    const owner = openWebsocketClient(app.url, people.anja.cookie, planId);
    const impostor = openWebsocketClient(app.url, people.ben.cookie, planId);
    try {
      await Promise.all([observer, owner, impostor].map((c) => wsSynced(c.provider)));
      owner.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
      const ownerId = owner.doc.clientID;
      await eventually(() =>
        expect(observer.provider.awareness.getStates().get(ownerId)).toMatchObject({
          cursor: { anchor: 1 },
        }),
      );

      // A forged state for the owner's client id, with a newer clock than the owner's.
      const forgedDoc = new Y.Doc();
      forgedDoc.clientID = ownerId;
      const forged = new Awareness(forgedDoc);
      for (let i = 0; i < 20; i++) forged.setLocalState({ cursor: { anchor: 99 } });
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, CollabMessageType.Awareness);
      encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(forged, [ownerId]));
      impostor.provider.ws!.send(encoding.toUint8Array(encoder));
      // Then a marker of its own: once it arrives, the forged state was handled before it.
      impostor.provider.awareness.setLocalStateField('cursor', { anchor: 7 });
      await eventually(() =>
        expect(observer.provider.awareness.getStates().get(impostor.doc.clientID)).toMatchObject({
          cursor: { anchor: 7 },
        }),
      );
      expect(observer.provider.awareness.getStates().get(ownerId)).toMatchObject({
        cursor: { anchor: 1 },
        user: { id: people.anja.id, name: people.anja.name },
      });
      forged.destroy();
      forgedDoc.destroy();
    } finally {
      for (const client of [observer, owner, impostor]) client.close();
    }
  });
});
