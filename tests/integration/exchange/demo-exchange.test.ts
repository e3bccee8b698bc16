import type { ExchangeSummary, SearchResult, Suggestions } from '@pnetz/shared';
import pino from 'pino';
import request from 'supertest';
import { DEMO_PASSWORD, seedDemoData } from '../../../server/src/seed/demo';
import { WorkspaceModel } from '../../../server/src/workspaces/workspace.model';
import { ApiClient } from '../../support/http';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
const signIn = async (email: string) => {
  const client = new ApiClient(app.url);
  await client.login(email, DEMO_PASSWORD);
  return client;
};

beforeAll(async () => {
  app = await startTestServer();
  await seedDemoData(pino({ level: 'silent' }), { appUrl: app.url });
});
afterAll(() => app.close());

describe('demo data of the exchange', () => {
  it("lets a Königswartha member find Glauchau's network report on graffiti, not Glauchau's internal project", async () => {
    const member = await signIn('polizei@koenigswartha.example');
    const results = (await member.get('/api/search?q=graffiti').expect(200)).body
      .items as SearchResult[];
    const glauchau = results.filter((r) => r.council?.municipality === 'Glauchau');
    expect(glauchau.map((r) => r.title.text)).toContain(
      'Wandbilder statt illegaler Graffiti: Erfahrungen aus Glauchau',
    );
    expect(glauchau.map((r) => r.title.text)).not.toContain(
      'Graffiti-Schnellentfernung an Schulen',
    );
    expect(glauchau.map((r) => r.type)).not.toContain('plan');

    const insider = await signIn('schule@glauchau.example');
    const own = (await insider.get('/api/search?q=graffiti&types=project').expect(200)).body
      .items as SearchResult[];
    expect(own.map((r) => r.title.text)).toContain('Graffiti-Schnellentfernung an Schulen');
  });

  it('has a graffiti exchange of three councils opened by the coordination', async () => {
    const member = await signIn('polizei@koenigswartha.example');
    const list = (await member.get('/api/exchanges').expect(200)).body.items as ExchangeSummary[];
    const graffiti = list.find((e) => e.title === 'Graffiti und Sachbeschädigung')!;
    expect(graffiti.councils.map((c) => c.municipality).sort()).toEqual([
      'Glauchau',
      'Königswartha',
      'Zwickau',
    ]);
    expect(graffiti.access).toBe('participate');
    expect(graffiti.nextMeeting).not.toBeNull();
  });

  it('suggests small councils working on littering to Königswartha, with reasons', async () => {
    const admin = await signIn('geschaeftsstelle@koenigswartha.example');
    const workspace = await WorkspaceModel.findOne({ municipality: 'Königswartha' }).lean();
    const suggestions = (
      await admin
        .get(`/api/matching/workspaces/${workspace!._id.toHexString()}?field=littering`)
        .expect(200)
    ).body as Suggestions;
    const top = suggestions.councils.slice(0, 3);
    expect(top.every((s) => s.council.sizeClass === 'under_5000')).toBe(true);
    for (const suggestion of top) {
      expect(suggestion.reasons).toEqual(
        expect.arrayContaining([
          { reason: 'same_field', fields: ['littering'] },
          { reason: 'size_class', class: 'under_5000' },
        ]),
      );
    }
  });

  it('shows public reports on the good-practice page without login', async () => {
    const page = (await request(app.url).get('/api/public/reports').expect(200)).body
      .items as Array<{ title: string }>;
    expect(page.map((r) => r.title)).toEqual(
      expect.arrayContaining([
        'Dorfputz mit Grundschule und Feuerwehr',
        'Patenschaften für Papierkörbe in der Innenstadt',
      ]),
    );
    expect(page.map((r) => r.title)).not.toContain(
      'Wandbilder statt illegaler Graffiti: Erfahrungen aus Glauchau',
    );
  });
});
