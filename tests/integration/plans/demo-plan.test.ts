import pino from 'pino';
import { DEMO_PASSWORD, seedDemoData } from '../../../server/src/seed/demo';
import { ApiClient } from '../../support/http';
import { openCollabClient, paragraphs, whenSynced, type CollabClient } from '../../support/collab';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let client: CollabClient | undefined;
beforeAll(async () => {
  app = await startTestServer();
});
afterAll(async () => {
  client?.close();
  await app.close();
});

describe('the demo action plan', () => {
  it('gives Glauchau a plan with text and measures, and deadlines to look at', async () => {
    expect(await seedDemoData(pino({ level: 'silent' }))).toBe(true);
    const member = new ApiClient(app.url);
    await member.login('polizei@glauchau.example', DEMO_PASSWORD);
    const councils = await member.get('/api/workspaces').expect(200);
    const glauchau = councils.body.items.find(
      (c: { municipality: string }) => c.municipality === 'Glauchau',
    );

    const plans = await member.get(`/api/workspaces/${glauchau.id}/plans`).expect(200);
    expect(plans.body.items).toHaveLength(1);
    const plan = plans.body.items[0];
    expect(plan).toMatchObject({ title: 'Handlungskonzept 2025–2027', access: 'write' });

    const measures = await member.get(`/api/plans/${plan.id}/measures`).expect(200);
    expect(measures.body.items).toHaveLength(4);
    const deadlines = await member
      .get(`/api/workspaces/${glauchau.id}/deadlines?days=14`)
      .expect(200);
    expect(deadlines.body.overdue).toHaveLength(1);
    expect(deadlines.body.dueSoon).toHaveLength(1);

    client = openCollabClient(app.url, member.cookieHeader(), plan.id);
    await whenSynced(client.provider);
    const blocks = client.doc.getXmlFragment('content').toArray();
    expect(blocks.map((node) => (node as { nodeName?: string }).nodeName)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'bulletList',
      'heading',
      'paragraph',
    ]);
    expect(paragraphs(client.doc)[0]).toBe('Ausgangslage');
  });
});
