import type { SearchResult } from '@pnetz/shared';
import { Types } from 'mongoose';
import { parseQuery } from '../../../server/src/search/engine';
import { EntryIndex } from '../../../server/src/search/entry-index';
import { indexEntry } from '../../../server/src/search/indexer';
import { SearchEntryModel } from '../../../server/src/search/search-entry.model';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import type { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';
import { signedIn } from '../exchange/support';

let app: TestServer;
let colleague: ApiClient;
let stranger: ApiClient;
let hoffmannId: string;
let riesaId: string;
let coordinatorId: string;
let exchangeId: string;

async function search(client: ApiClient, query: string): Promise<SearchResult[]> {
  const res = await client.get(`/api/search?${query}`);
  if (res.status !== 200) throw new Error(JSON.stringify(res.body));
  return res.body.items as SearchResult[];
}
const titles = (results: SearchResult[]) => results.map((r) => r.title.text);
const marked = ({ text, highlights }: SearchResult['title']) =>
  highlights.map(({ start, end }) => text.slice(start, end));

beforeAll(async () => {
  app = await startTestServer();
  const riesa = await createWorkspace({ municipality: 'Riesa', district: 'Landkreis Meißen' });
  const zittau = await createWorkspace({ municipality: 'Zittau', district: 'Landkreis Görlitz' });
  riesaId = riesa._id.toHexString();
  const hoffmann = await createUser({ name: 'Sabine Hoffmann' });
  hoffmannId = hoffmann.id;
  const colleagueUser = await createUser({ name: 'Jens Albrecht' });
  const strangerUser = await createUser({ name: 'Uwe Zeidler' });
  await addMember(riesa._id, hoffmann.id, 'member', {
    type: 'police',
    name: 'Polizeirevier Riesa',
  });
  await addMember(riesa._id, colleagueUser.id, 'admin');
  await addMember(zittau._id, strangerUser.id, 'admin');
  colleague = await signedIn(app.url, colleagueUser);
  stranger = await signedIn(app.url, strangerUser);
  const coordinatorUser = await createUser({
    name: 'Katrin Lindner',
    platformRoles: ['coordinator'],
  });
  coordinatorId = coordinatorUser.id;
  const coordinator = await signedIn(app.url, coordinatorUser);
  const exchange = await coordinator.send('post', '/api/exchanges', {
    title: 'Sicherheit am Bahnhof',
    description: 'Erfahrungen der Städte',
    fieldsOfAction: ['graffiti'],
    visibility: 'invited',
    workspaceIds: [riesaId],
    peopleEmails: [],
  });
  expect(exchange.status).toBe(201);
  exchangeId = exchange.body.id;

  const report = await colleague.send('post', `/api/workspaces/${riesaId}/reports`, {
    title: 'Aufsuchende Straßensozialarbeit',
    summary: 'Streetworker sprechen Jugendliche an, die Graffiti sprühen.',
    fieldsOfAction: ['graffiti'],
    visibility: 'network',
  });
  expect(report.status).toBe(201);
});
afterAll(() => app.close());

describe('search finds what people type', () => {
  it('tolerates a typo: "Grafiti" finds Graffiti and marks the word', async () => {
    const [first] = await search(stranger, 'q=Grafiti&types=report');
    expect(first?.title.text).toBe('Aufsuchende Straßensozialarbeit');
    expect(marked(first!.snippet)).toEqual(['Graffiti']);
  });

  it('finds a part of a compound: "Sozialarbeit" finds the Straßensozialarbeit', async () => {
    const results = await search(stranger, 'q=Sozialarbeit');
    expect(titles(results)).toEqual(['Aufsuchende Straßensozialarbeit']);
    expect(marked(results[0]!.title)).toEqual(['Straßensozialarbeit']);
  });

  it('finds people by name, only for those who share a council with them', async () => {
    const found = await search(colleague, 'q=Hoffmann');
    expect(found).toEqual([
      expect.objectContaining({
        type: 'person',
        id: hoffmannId,
        title: { text: 'Sabine Hoffmann', highlights: [{ start: 7, end: 15 }] },
        council: expect.objectContaining({ id: riesaId }),
      }),
    ]);
    expect(found[0]!.snippet.text).toContain('Polizeirevier Riesa');
    expect(await search(stranger, 'q=Hoffmann')).toEqual([]);
    expect(await search(stranger, 'q=Hofmann')).toEqual([]);
    expect(titles(await search(colleague, 'q=Hofmann'))).toEqual(['Sabine Hoffmann']);
  });

  it('finds people of a shared exchange, for its participants only', async () => {
    expect(await search(colleague, 'q=Lindner')).toEqual([
      expect.objectContaining({
        type: 'person',
        id: coordinatorId,
        council: null,
        parentId: exchangeId,
      }),
    ]);
    expect(await search(stranger, 'q=Lindner')).toEqual([]);
  });

  it('finds councils by name and municipality, for everyone signed in', async () => {
    const [council] = await search(stranger, 'q=Riesa&types=council');
    expect(council).toMatchObject({
      type: 'council',
      id: riesaId,
      title: { text: 'Kommunaler Präventionsrat Riesa' },
    });
    expect(titles(await search(stranger, 'q=Präventionsrat Riesa'))).toContain(
      'Kommunaler Präventionsrat Riesa',
    );
    expect(await search(stranger, 'q=Riesa&types=report')).toEqual([]);
  });
});

describe('each instance keeps its engine in step with the database', () => {
  it('reloads an entry another instance changed, and forgets a deleted one', async () => {
    const first = new EntryIndex();
    const second = new EntryIndex();
    const itemId = new Types.ObjectId().toHexString();
    const write = (text: string) =>
      indexEntry({
        type: 'exchange',
        itemId,
        visibility: 'network',
        audience: ['network'],
        title: 'Runder Tisch',
        text,
      });
    const found = async (index: EntryIndex, q: string) => {
      const rows = await SearchEntryModel.find({ itemId }, { revision: 1, updatedAt: 1 }).lean();
      await index.sync(rows);
      return index.search(parseQuery(q)!, new Set(rows.map((r) => r._id.toHexString()))).length;
    };
    await write('Wir sprechen über Vandalismus.');
    expect(await found(first, 'Vandalismus')).toBe(1);
    expect(await found(second, 'Vandalismus')).toBe(1);
    await write('Wir sprechen über Ladendiebstahl.');
    expect(await found(first, 'Vandalismus')).toBe(0);
    expect(await found(second, 'Ladendiebstahl')).toBe(1);
    await SearchEntryModel.deleteOne({ itemId });
    expect(await found(first, 'Ladendiebstahl')).toBe(0);
    const before = first.size;
    await first.sweep();
    expect(first.size).toBe(before - 1);
  });
});
