import * as Y from 'yjs';
import {
  CollabSnapshotModel,
  CollabUpdateModel,
} from '../../../server/src/realtime/collab/persistence.model';
import {
  mongoPersistence,
  type CollabPersistence,
} from '../../../server/src/realtime/collab/persistence';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import {
  openCollabClient,
  paragraphs,
  typeParagraph,
  whenSynced,
  type CollabClient,
} from '../../support/collab';
import { eventually } from '../../support/eventually';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let cookie: string;
let workspaceId: string;
let userId: string;
const fetches: string[] = [];
const clients: CollabClient[] = [];

/** The real persistence, with every fetch recorded. */
const countingPersistence: CollabPersistence = {
  ...mongoPersistence,
  fetch: (name) => {
    fetches.push(name);
    return mongoPersistence.fetch(name);
  },
};

function open(docId: string): CollabClient {
  const client = openCollabClient(app.url, cookie, docId);
  clients.push(client);
  return client;
}

beforeAll(async () => {
  app = await startTestServer(
    {},
    {
      persistence: countingPersistence,
      collab: { flushIntervalMs: 100, unloadAfterMs: 300, compactAfterRows: 20 },
    },
  );
  const workspace = await createWorkspace();
  workspaceId = workspace.id as string;
  const user = await createUser();
  userId = user.id;
  await addMember(workspace._id, user.id, 'member');
  const api = new ApiClient(app.url);
  await api.login(user.email, user.password);
  cookie = api.cookieHeader();
});
afterEach(() => {
  while (clients.length > 0) clients.pop()!.close();
});
afterAll(() => app.close());

describe('documents in memory', () => {
  it('loads a document once for many simultaneous participants and unloads it after the last leaves', async () => {
    const planId = (await createPlan(workspaceId, userId)).id as string;
    const many = Array.from({ length: 12 }, () => open(planId));
    await Promise.all(many.map((client) => whenSynced(client.provider)));
    expect(fetches.filter((name) => name === planId)).toHaveLength(1);
    expect(app.server.documents.peek(planId)).toBeDefined();

    typeParagraph(many[0]!.doc, 'Gespeichert vor dem Entladen');
    // The edit has reached the server once another participant has it.
    await eventually(() =>
      expect(paragraphs(many[1]!.doc)).toEqual(['Gespeichert vor dem Entladen']),
    );
    while (clients.length > 0) clients.pop()!.close();
    await eventually(() => expect(app.server.documents.peek(planId)).toBeUndefined(), 5000);

    const again = open(planId);
    await whenSynced(again.provider);
    expect(fetches.filter((name) => name === planId)).toHaveLength(2);
    expect(paragraphs(again.doc)).toEqual(['Gespeichert vor dem Entladen']);
  });

  it('stores a burst of keystrokes in batches, not one row per keystroke', async () => {
    const planId = (await createPlan(workspaceId, userId)).id as string;
    const writer = open(planId);
    await whenSynced(writer.provider);
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [text]);
    writer.doc.getXmlFragment('content').push([paragraph]);
    const sentence = 'Regelmäßige Begehungen mit dem Bürgerpolizisten';
    for (let i = 0; i < sentence.length; i++) text.insert(i, sentence[i]!);
    await eventually(async () => {
      const stored = await mongoPersistence.fetch(planId);
      const doc = new Y.Doc();
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      expect(paragraphs(doc)).toEqual([sentence]);
    });
    const rows = await CollabUpdateModel.countDocuments({ docName: planId });
    expect(rows).toBeLessThan(sentence.length / 4);
  });

  it('compacts many stored updates into a snapshot on load, keeping the content', async () => {
    const planId = (await createPlan(workspaceId, userId)).id as string;
    const source = new Y.Doc();
    const expected: string[] = [];
    source.on('update', (update: Uint8Array) => void mongoPersistence.append(planId, update));
    for (let i = 0; i < 60; i++) {
      expected.push(`Eintrag ${i}`);
      typeParagraph(source, `Eintrag ${i}`);
    }
    await eventually(async () =>
      expect(await CollabUpdateModel.countDocuments({ docName: planId })).toBe(60),
    );

    const reader = open(planId);
    await whenSynced(reader.provider);
    expect(paragraphs(reader.doc)).toEqual(expected);
    await eventually(async () => {
      expect(await CollabUpdateModel.countDocuments({ docName: planId })).toBe(0);
      expect(await CollabSnapshotModel.countDocuments({ _id: planId })).toBe(1);
    });
    reader.close();
    clients.pop();
    await eventually(() => expect(app.server.documents.peek(planId)).toBeUndefined(), 5000);
    const later = open(planId);
    await whenSynced(later.provider);
    expect(paragraphs(later.doc)).toEqual(expected);
  });
});
