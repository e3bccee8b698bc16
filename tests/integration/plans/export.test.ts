import JSZip from 'jszip';
import * as Y from 'yjs';
import { addMember, createPlan, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { addMeasure, openCollabClient, whenSynced } from '../../support/collab';
import { eventually } from '../../support/eventually';
import { startTestServer, type TestServer } from '../../support/server';

let app: TestServer;
let member: ApiClient;
let outsider: ApiClient;
let planId: string;

function buffer(res: { body: unknown }): Buffer {
  return res.body as Buffer;
}

/** Collects a binary response body (supertest parses only text and JSON by itself). */
function binary(
  res: NodeJS.ReadableStream,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}
const parseBinary = binary as unknown as Parameters<ReturnType<ApiClient['get']>['parse']>[0];

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  const workspace = await createWorkspace({ name: 'Kommunaler Präventionsrat Glauchau' });
  const user = await createUser();
  await addMember(workspace._id, user.id, 'member');
  member = new ApiClient(app.url);
  await member.login(user.email, user.password);
  const other = await createUser();
  outsider = new ApiClient(app.url);
  await outsider.login(other.email, other.password);
  planId = (await createPlan(workspace._id, user.id, { title: 'Handlungskonzept 2025–2027' }))
    .id as string;

  const editor = openCollabClient(app.url, member.cookieHeader(), planId);
  await whenSynced(editor.provider);
  const text = editor.doc.getXmlFragment('content');
  const heading = new Y.XmlElement('heading');
  heading.setAttribute('level', '2');
  heading.insert(0, [new Y.XmlText('Lagebild Innenstadt')]);
  const paragraph = new Y.XmlElement('paragraph');
  const run = new Y.XmlText();
  // Before the run is part of the document its length cannot be read; the offset is known.
  const plain = 'Graffiti am Bahnhof ';
  run.insert(0, plain);
  run.insert(plain.length, 'nehmen zu', { bold: {} });
  paragraph.insert(0, [run]);
  const list = new Y.XmlElement('bulletList');
  const item = new Y.XmlElement('listItem');
  const itemParagraph = new Y.XmlElement('paragraph');
  itemParagraph.insert(0, [new Y.XmlText('Streetwork ausbauen')]);
  item.insert(0, [itemParagraph]);
  list.insert(0, [item]);
  text.push([heading, paragraph, list]);
  addMeasure(editor.doc, {
    id: 'm1',
    title: 'Legale Graffitiflächen',
    fieldOfAction: 'graffiti',
    deadline: '2026-05-18',
    status: 'in_progress',
    progress: 40,
  });
  await eventually(async () => {
    const res = await member.get(`/api/plans/${planId}/measures`).expect(200);
    expect(res.body.items).toHaveLength(1);
  });
  editor.close();
});
afterAll(() => app.close());

describe('exporting a plan for the municipal council', () => {
  it('renders a DOCX with the text and the measures table', async () => {
    const res = await member
      .get(`/api/plans/${planId}/export?format=docx`)
      .buffer(true)
      .parse(parseBinary)
      .expect(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('Handlungskonzept-20252027.docx');
    const xml = await (
      await JSZip.loadAsync(buffer(res))
    )
      .file('word/document.xml')!
      .async('string');
    for (const expected of [
      'Lagebild Innenstadt',
      'nehmen zu',
      'Streetwork ausbauen',
      'Maßnahmen',
      'Legale Graffitiflächen',
      'Sachbeschädigung/Graffiti',
      '18.05.2026',
      'in Umsetzung',
      '40 %',
    ]) {
      expect(xml).toContain(expected);
    }
  });

  it('renders a PDF', async () => {
    const res = await member
      .get(`/api/plans/${planId}/export?format=pdf`)
      .buffer(true)
      .parse(parseBinary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(buffer(res).subarray(0, 5).toString()).toBe('%PDF-');
    expect(buffer(res).length).toBeGreaterThan(5000);
  });

  it('refuses other formats and people who may not see the plan', async () => {
    const bad = await member.get(`/api/plans/${planId}/export?format=exe`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('query.format');
    expect((await outsider.get(`/api/plans/${planId}/export?format=pdf`)).status).toBe(404);
  });
});
