import {
  PLAN_DOCUMENT,
  REPORT_FIGURE_NODES,
  type AnalysisReport,
  type Results,
  type SecurityAnalysis,
  type WeightingRun,
} from '@pnetz/shared';
import JSZip from 'jszip';
import * as Y from 'yjs';
import { MunicipalityModel } from '../../../server/src/programme/municipality.model';
import { seedSurvey, syntheticSurvey } from '../../support/analysis-results';
import {
  openCollabClient,
  paragraphs,
  typeParagraph,
  whenSynced,
  type CollabClient,
} from '../../support/collab';
import { eventually } from '../../support/eventually';
import { addMember, createUser, createWorkspace } from '../../support/factories';
import { ApiClient } from '../../support/http';
import { pdfPages } from '../../support/pdf';
import { startTestServer, type TestServer } from '../../support/server';
import { getBinary } from './analysis-support';

let app: TestServer;
let workspaceId: string;
let analysisId: string;
let documentId: string;
const users = {} as Record<string, { id: string; email: string; password: string }>;
const clients = {} as Record<
  'owner' | 'namedOwner' | 'member' | 'guest' | 'coordinator' | 'otherCouncil' | 'anonymous',
  ApiClient
>;
const open: CollabClient[] = [];

async function signedIn(user: { email: string; password: string }) {
  const client = new ApiClient(app.url);
  await client.login(user.email, user.password);
  return client;
}

function collab(who: keyof typeof clients): CollabClient {
  const client = openCollabClient(app.url, clients[who].cookieHeader(), documentId);
  open.push(client);
  return client;
}

beforeAll(async () => {
  app = await startTestServer({}, { collab: { flushIntervalMs: 50 } });
  const workspace = await createWorkspace({ municipality: 'Flöha' });
  workspaceId = workspace._id.toHexString();
  const other = await createWorkspace();
  await MunicipalityModel.create({
    name: `Flöha ${workspaceId.slice(-6)}`,
    kind: 'municipality',
    district: 'Landkreis Mittelsachsen',
    population: 11000,
    lat: 50.86,
    lon: 13.07,
    workspaceId: workspace._id,
  });
  const [admin, namedOwner, member, guest, coordinator, otherAdmin] = await Promise.all([
    createUser({ name: 'Ada Analysis' }),
    createUser({ name: 'Nora Owner' }),
    createUser({ name: 'Mats Member' }),
    createUser({ name: 'Gina Guest' }),
    createUser({ name: 'Cem Coordinator', platformRoles: ['coordinator'] }),
    createUser({ name: 'Olli Other' }),
  ]);
  Object.assign(users, { admin, namedOwner, member, guest });
  await addMember(workspace._id, admin.id, 'admin');
  await addMember(workspace._id, namedOwner.id, 'member');
  await addMember(workspace._id, member.id, 'member');
  await addMember(workspace._id, guest.id, 'guest');
  await addMember(other._id, otherAdmin.id, 'admin');
  clients.owner = await signedIn(admin);
  clients.namedOwner = await signedIn(namedOwner);
  clients.member = await signedIn(member);
  clients.guest = await signedIn(guest);
  clients.coordinator = await signedIn(coordinator);
  clients.otherCouncil = await signedIn(otherAdmin);
  clients.anonymous = new ApiClient(app.url);
  await clients.anonymous.refreshSession();
  const created = await clients.owner.send('post', `/api/workspaces/${workspaceId}/analyses`, {
    title: 'Sicherheitsanalyse Flöha 2026',
  });
  expect(created.status).toBe(201);
  analysisId = (created.body as SecurityAnalysis).id;
  const owners = await clients.owner.send('patch', `/api/analyses/${analysisId}`, {
    ownerIds: [namedOwner.id],
  });
  expect(owners.status).toBe(200);
  await seedSurvey(analysisId, syntheticSurvey());
});
afterEach(() => {
  while (open.length > 0) open.pop()!.close();
});
afterAll(() => app.close());

const reportUrl = () => `/api/analyses/${analysisId}/report`;

const headings = (doc: Y.Doc) =>
  doc
    .getXmlFragment(PLAN_DOCUMENT.text)
    .toArray()
    .filter((node) => node instanceof Y.XmlElement && node.nodeName === 'heading')
    .map((node) => (node as Y.XmlElement).toArray().join(''));

describe('the report over REST', () => {
  it('does not exist until the team starts it, and only the team may start it', async () => {
    expect((await clients.owner.get(reportUrl())).status).toBe(404);
    expect((await clients.member.get(reportUrl())).status).toBe(404);
    for (const who of ['member', 'guest', 'coordinator', 'otherCouncil'] as const) {
      const res = await clients[who].send('post', reportUrl());
      expect({ who, status: res.status }).toEqual({ who, status: 403 });
    }
    expect((await clients.anonymous.send('post', reportUrl())).status).toBe(401);
    expect((await clients.owner.send('post', '/api/analyses/not-an-id/report')).status).toBe(400);

    const created = await clients.namedOwner.send('post', reportUrl());
    expect(created.status).toBe(201);
    const report = created.body as AnalysisReport;
    expect(report).toMatchObject({ analysisId, access: 'write', workspaceId });
    documentId = report.documentId;

    const again = await clients.owner.send('post', reportUrl());
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { id: 'conflict' } });
  });

  it('tells each reader their access; other councils and anonymous callers get nothing', async () => {
    const expected = {
      owner: 'write',
      namedOwner: 'write',
      member: 'read',
      guest: 'read',
      coordinator: 'read',
    } as const;
    for (const [who, access] of Object.entries(expected)) {
      const res = await clients[who as keyof typeof expected].get(reportUrl());
      expect({ who, status: res.status, access: (res.body as AnalysisReport).access }).toEqual({
        who,
        status: 200,
        access,
      });
    }
    expect((await clients.otherCouncil.get(reportUrl())).status).toBe(403);
    expect((await clients.anonymous.get(reportUrl())).status).toBe(401);
    expect((await clients.otherCouncil.get(`${reportUrl()}/export?format=pdf`)).status).toBe(403);
    expect((await clients.member.get(`${reportUrl()}/export?format=odt`)).status).toBe(400);
  });
});

describe('the report document on the collaborative path', () => {
  it('starts with the default outline', async () => {
    const reader = collab('member');
    await whenSynced(reader.provider);
    expect(headings(reader.doc)).toEqual([
      'Einleitung',
      'Methode',
      'Ergebnisse',
      'Angsträume',
      'Empfehlungen',
    ]);
  });

  it('lets the team write, the council and the programme staff read, and refuses others', async () => {
    const owner = collab('owner');
    const member = collab('member');
    const guest = collab('guest');
    const coordinator = collab('coordinator');
    await Promise.all([owner, member, guest, coordinator].map((c) => whenSynced(c.provider)));
    expect(owner.provider.access).toBe('write');
    for (const reader of [member, guest, coordinator]) expect(reader.provider.access).toBe('read');

    const told = new Promise<void>((resolve) => member.provider.once('read-only', resolve));
    typeParagraph(member.doc, 'Vom Mitglied');
    await told;
    typeParagraph(owner.doc, 'Vom Analyseteam');
    await eventually(() => expect(paragraphs(coordinator.doc)).toContain('Vom Analyseteam'));
    expect(paragraphs(owner.doc)).not.toContain('Vom Mitglied');

    const outsider = collab('otherCouncil');
    await expect(new Promise((resolve) => outsider.provider.once('closed', resolve))).resolves.toBe(
      'not_found',
    );
  });

  it('takes write access from a named owner at once when the owners change', async () => {
    const named = collab('namedOwner');
    await whenSynced(named.provider);
    expect(named.provider.access).toBe('write');
    const readOnly = new Promise<void>((resolve) => named.provider.once('read-only', resolve));
    const res = await clients.owner.send('patch', `/api/analyses/${analysisId}`, { ownerIds: [] });
    expect(res.status).toBe(200);
    await readOnly;
    expect((await clients.namedOwner.get(reportUrl())).body).toMatchObject({ access: 'read' });
    const back = await clients.owner.send('patch', `/api/analyses/${analysisId}`, {
      ownerIds: [users.namedOwner!.id],
    });
    expect(back.status).toBe(200);
  });

  it('closes the document for a member removed from the council', async () => {
    const removed = await createUser({ name: 'Rita Removed' });
    await addMember(workspaceId, removed.id, 'member');
    const api = await signedIn(removed);
    const client = openCollabClient(app.url, api.cookieHeader(), documentId);
    open.push(client);
    await whenSynced(client.provider);
    const closed = new Promise((resolve) => client.provider.once('closed', resolve));
    const res = await clients.owner.send(
      'delete',
      `/api/workspaces/${workspaceId}/members/${removed.id}`,
    );
    expect(res.status).toBeLessThan(300);
    await expect(closed).resolves.toBe('not_found');
  });
});

// ---------------------------------------------------------------------------------------------
// Figures and exports

const spaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
const percent = (value: number) =>
  spaces(
    new Intl.NumberFormat('de-DE', {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value),
  );
const decimal = (value: number, digits: number) =>
  new Intl.NumberFormat('de-DE', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);

async function weigh(cap: number): Promise<Results> {
  const res = await clients.owner.send('post', `/api/analyses/${analysisId}/weighting`, { cap });
  expect(res.status).toBe(201);
  expect((res.body as WeightingRun).cap).toBe(cap);
  const results = await clients.owner.get(`/api/analyses/${analysisId}/results`);
  return results.body as Results;
}

function nightShares(results: Results) {
  const cell = results.questions.find((q) => q.name === 'safe_night_area')!.overall;
  if (cell.suppressed) throw new Error('suppressed');
  return cell.options.map((o) => percent(o.share));
}

async function docxText(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file('word/document.xml')!.async('string');
}

/** The paragraphs of a DOCX with their style, as Word reads them. */
function docxParagraphs(xml: string): Array<{ style: string | null; text: string }> {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, body]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(body!)?.[1] ?? null,
    text: [...body!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

async function exportReport(format: 'pdf' | 'docx', client = clients.member): Promise<Buffer> {
  const res = await getBinary(client, `${reportUrl()}/export?format=${format}&language=de`);
  expect(res.status).toBe(200);
  return res.body as Buffer;
}

describe('figures and exports', () => {
  let first: Results;

  beforeAll(async () => {
    first = await weigh(5);
    // The team inserts a chart of a headline question and a table by district, as the editor does.
    const owner = collab('owner');
    await whenSynced(owner.provider);
    const chart = new Y.XmlElement(REPORT_FIGURE_NODES.chart);
    chart.setAttribute('source', 'question');
    chart.setAttribute('name', 'safe_night_area');
    chart.setAttribute('breakdown', 'overall');
    const table = new Y.XmlElement(REPORT_FIGURE_NODES.table);
    table.setAttribute('source', 'question');
    table.setAttribute('name', 'safe_night_area');
    table.setAttribute('breakdown', 'district');
    const text = owner.doc.getXmlFragment(PLAN_DOCUMENT.text);
    text.insert(6, [chart, table]);
    const reader = collab('member');
    await whenSynced(reader.provider);
    await eventually(() =>
      expect(
        reader.doc
          .getXmlFragment(PLAN_DOCUMENT.text)
          .toArray()
          .some((n) => n instanceof Y.XmlElement && n.nodeName === REPORT_FIGURE_NODES.table),
      ).toBe(true),
    );
  });

  it('prints the PDF with the figures from the newest run and the method appendix', async () => {
    const pdf = await exportReport('pdf');
    // The headings are the PDF's outline (bookmarks), so readers can jump between sections.
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Outlines');
    for (const heading of ['Einleitung', 'Ergebnisse', 'Methodenanhang'])
      expect(raw).toContain(`/Title (${heading})`);
    const pages = (await pdfPages(pdf)).map(spaces);
    const all = pages.join('\n');
    expect(all).toContain('Sicherheitsanalyse Flöha 2026');
    expect(all).toContain('Einleitung');
    expect(all).toContain('Abbildung 1:');
    expect(all).toContain('Tabelle 1:');
    for (const share of nightShares(first)) expect(all).toContain(share);

    const run = first.run!;
    const appendix = pages.slice(pages.findIndex((p) => p.includes('Methodenanhang'))).join('\n');
    expect(appendix).toContain('Methodenanhang');
    expect(appendix).toContain('Stichprobe und Rücklauf');
    expect(appendix).toContain(`Rückläufe: ${first.returns.returned}`);
    expect(appendix).toContain(`Rücklaufquote: ${percent(first.returns.rate!)}`);
    expect(appendix).toContain('Kappungsgrenze: 5,0 × mittleres Gewicht');
    expect(appendix).toContain(`Iterationen: ${run.iterations}`);
    expect(appendix).toContain(`Designeffekt (Kish): ${decimal(run.deff, 3)}`);
    expect(appendix).toContain(`effektive Fallzahl: ${decimal(run.nEff, 1)}`);
    expect(appendix).toContain('Unterdrückung kleiner Gruppen');
    expect(appendix).toContain('weniger als 10 Befragten');
  });

  it('prints the DOCX with Word heading styles, the suppressed district and the appendix', async () => {
    const items = docxParagraphs(await docxText(await exportReport('docx')));
    const styled = (style: string) => items.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Title')).toEqual(['Sicherheitsanalyse Flöha 2026']);
    expect(styled('Heading2')).toEqual([
      'Einleitung',
      'Methode',
      'Ergebnisse',
      'Angsträume',
      'Empfehlungen',
      'Methodenanhang',
    ]);
    expect(styled('Heading3')).toEqual([
      'Stichprobe und Rücklauf',
      'Gewichtung',
      'Unterdrückung kleiner Gruppen',
    ]);
    const text = items.map((p) => spaces(p.text));
    const joined = text.join('\n');
    for (const share of nightShares(first)) expect(joined).toContain(share);
    expect(joined).toContain(`Designeffekt (Kish): ${decimal(first.run!.deff, 3)}`);
    // The district table: Hof has fewer than 10 respondents, its row has no number.
    const hof = text.indexOf('Hof');
    expect(hof).toBeGreaterThan(0);
    const row = text.slice(hof + 1, hof + 1 + nightShares(first).length + 1);
    expect(row.every((cell) => cell === '–')).toBe(true);
    // The chart's description in words (its alternative text).
    expect(joined).toMatch(/Beschreibung: Balkendiagramm „.+“ \(gewichtete Anteile/);
  });

  it('draws the chart from the newest run: another cap changes its values', async () => {
    const before = docxParagraphs(await docxText(await exportReport('docx')))
      .map((p) => spaces(p.text))
      .find((t) => t.startsWith('Beschreibung: Balkendiagramm'))!;
    const second = await weigh(2.1);
    expect(nightShares(second)).not.toEqual(nightShares(first));
    const after = docxParagraphs(await docxText(await exportReport('docx')))
      .map((p) => spaces(p.text))
      .find((t) => t.startsWith('Beschreibung: Balkendiagramm'))!;
    expect(after).not.toEqual(before);
    for (const share of nightShares(second)) expect(after).toContain(share);
    const pdf = (await pdfPages(await exportReport('pdf', clients.owner))).map(spaces).join('\n');
    expect(pdf).toContain('Kappungsgrenze: 2,1 × mittleres Gewicht');
  });
});
