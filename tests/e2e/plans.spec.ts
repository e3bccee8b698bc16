import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { E2E_BASE_URL } from '../playwright.config';
import { openWebsocketClient, paragraphs, typeParagraph } from '../support/collab';
import {
  PlanEditorPage,
  PlanListPage,
  cookieHeader,
  planIdOf,
  signIn,
  workspaceIdOf,
  type Person,
} from './pages/plans.page';
import { DEMO, expectAccessible } from './support';

const SEEDED_PLAN = 'Handlungskonzept 2025–2027';

type WebsocketClient = ReturnType<typeof openWebsocketClient>;

const people: Person[] = [];
const websocketClients: WebsocketClient[] = [];

test.afterEach(async () => {
  while (websocketClients.length > 0) websocketClients.pop()!.close();
  while (people.length > 0) await people.pop()!.context.close();
});

async function person(browser: Parameters<typeof signIn>[0], email: string): Promise<Person> {
  const signedIn = await signIn(browser, email);
  people.push(signedIn);
  return signedIn;
}

/** A standard Yjs client (y-websocket in Node) on `/collab/<planId>`, with a person's session. */
async function websocketClient(of: Person, planId: string): Promise<WebsocketClient> {
  const client = openWebsocketClient(E2E_BASE_URL, await cookieHeader(of.context), planId);
  websocketClients.push(client);
  await expect.poll(() => client.provider.synced, { timeout: 10_000 }).toBe(true);
  return client;
}

const documentText = (doc: Y.Doc) => paragraphs(doc).join('\n');

const measureTitles = (doc: Y.Doc) =>
  doc
    .getArray('measures')
    .toArray()
    .map((measure) => (measure instanceof Y.Map ? measure.get('title') : null));

test.describe('live action plans', () => {
  test.describe.configure({ timeout: 90_000 });

  test('two members type at once and converge, with a y-websocket client in Node', async ({
    browser,
  }) => {
    const police = await person(browser, DEMO.glauchauPolice);
    const teacher = await person(browser, DEMO.glauchauTeacher);
    const workspaceId = await workspaceIdOf(police.page, 'Glauchau');

    const list = new PlanListPage(police.page);
    await list.goto(workspaceId);
    await expectAccessible(police.page);
    const planId = await list.createPlan('Protokoll der Sitzung vom 18.05.2021');

    const a = new PlanEditorPage(police.page);
    const b = new PlanEditorPage(teacher.page);
    await b.goto(planId);
    await a.expectConnected();
    await b.expectConnected();
    await expect(a.presence).toContainText('Anja Lehmann');
    await expect(b.presence).toContainText('Jens Richter');

    // Both type at the same moment, one at the end and one at the start.
    await Promise.all([
      a.typeParagraph('Polizei: Lagebild am Bahnhof vorgestellt.'),
      b.typeParagraphAtStart('Schule: Projekttag Zivilcourage geplant.'),
    ]);
    await expect
      .poll(async () => {
        const [textA, textB] = [await a.text(), await b.text()];
        return (
          textA === textB &&
          textA.includes('Lagebild am Bahnhof') &&
          textA.includes('Projekttag Zivilcourage')
        );
      })
      .toBe(true);
    await expectAccessible(police.page);

    // A third, standard client converges with both browsers, both ways.
    const node = await websocketClient(police, planId);
    await expect.poll(() => documentText(node.doc)).toContain('Lagebild am Bahnhof vorgestellt.');
    expect(documentText(node.doc)).toContain('Projekttag Zivilcourage geplant.');
    typeParagraph(node.doc, 'Ergänzung aus dem Node-Client');
    await expect(a.editor).toContainText('Ergänzung aus dem Node-Client');
    await expect(b.editor).toContainText('Ergänzung aus dem Node-Client');
    await a.typeParagraph('Nachtrag der Polizei');
    await expect.poll(() => documentText(node.doc)).toContain('Nachtrag der Polizei');
    await expect.poll(async () => (await a.text()) === (await b.text())).toBe(true);

    // Measures added in one browser appear in the other and in the Node client.
    await a.addMeasure('Beleuchtung Parkplatz Markt', {
      deadline: '2026-03-31',
      status: 'in Umsetzung',
    });
    await expect(b.measureRow('Beleuchtung Parkplatz Markt')).toContainText('31.03.2026');
    await expect(b.measureRow('Beleuchtung Parkplatz Markt')).toContainText('in Umsetzung');
    await expect.poll(() => measureTitles(node.doc)).toContain('Beleuchtung Parkplatz Markt');
  });

  test('a guest reads the plan but cannot change it; a guest edit reaches nobody', async ({
    browser,
  }) => {
    const guest = await person(browser, DEMO.glauchauGuest);
    const police = await person(browser, DEMO.glauchauPolice);
    const workspaceId = await workspaceIdOf(guest.page, 'Glauchau');
    const planId = await planIdOf(guest.page, workspaceId, SEEDED_PLAN);

    const list = new PlanListPage(guest.page);
    await list.goto(workspaceId);
    await expect(guest.page.getByRole('button', { name: 'Neuen Plan anlegen' })).toHaveCount(0);
    await list.plan(SEEDED_PLAN).getByRole('link', { name: SEEDED_PLAN }).click();

    const view = new PlanEditorPage(guest.page);
    await expect(view.editor).toContainText('Ausgangslage');
    await expect(view.editor).toHaveAttribute('contenteditable', 'false');
    await expect(view.editor).toHaveAttribute('aria-readonly', 'true');
    await expect(guest.page.getByText('Sie können diesen Plan nur lesen.')).toBeVisible();
    await expect(guest.page.getByRole('toolbar')).toHaveCount(0);
    await expect(view.measureRow('Wandbilder statt illegaler Graffiti am Bahnhof')).toBeVisible();
    await expect(guest.page.getByRole('button', { name: 'Maßnahme hinzufügen' })).toHaveCount(0);
    await expect(guest.page.getByRole('button', { name: /bearbeiten$/ })).toHaveCount(0);
    await expect(guest.page.getByRole('button', { name: 'Version speichern' })).toHaveCount(0);
    await view.editor.click();
    await guest.page.keyboard.type('Gast war hier');
    await expect(view.editor).not.toContainText('Gast war hier');
    await expectAccessible(guest.page);

    // Even a client that ignores the UI cannot write: the server drops the guest's update.
    const member = new PlanEditorPage(police.page);
    await member.goto(planId);
    await member.expectConnected();
    const guestClient = await websocketClient(guest, planId);
    typeParagraph(guestClient.doc, 'Unerlaubte Änderung des Gastes');
    const memberClient = await websocketClient(police, planId);
    typeParagraph(memberClient.doc, 'Markierung nach dem Gast');
    await expect(member.editor).toContainText('Markierung nach dem Gast');
    await expect(member.editor).not.toContainText('Unerlaubte Änderung des Gastes');
    await member.goto(planId);
    await expect(member.editor).toContainText('Markierung nach dem Gast');
    await expect(member.editor).not.toContainText('Unerlaubte Änderung des Gastes');
  });

  test('edits made offline reach the others after reconnecting', async ({ browser }) => {
    const police = await person(browser, DEMO.glauchauPolice);
    const teacher = await person(browser, DEMO.glauchauTeacher);
    const workspaceId = await workspaceIdOf(police.page, 'Glauchau');
    const list = new PlanListPage(police.page);
    await list.goto(workspaceId);
    const planId = await list.createPlan('Offline-Probe');
    const a = new PlanEditorPage(police.page);
    const b = new PlanEditorPage(teacher.page);
    await b.goto(planId);
    await a.expectConnected();
    await b.expectConnected();

    await police.context.setOffline(true);
    await expect(a.sync).toHaveText(/Offline – Änderungen werden lokal gespeichert/);
    await a.typeParagraph('Im Funkloch geschrieben');
    await a.addMeasure('Offline angelegte Maßnahme');
    await expect(b.editor).not.toContainText('Im Funkloch geschrieben');

    await police.context.setOffline(false);
    await a.expectConnected();
    await expect(b.editor).toContainText('Im Funkloch geschrieben');
    await expect(b.measureRow('Offline angelegte Maßnahme')).toBeVisible();
  });

  test("co-edits over the app's connection where a proxy blocks the editor's WebSocket", async ({
    browser,
  }) => {
    const police = await person(browser, DEMO.glauchauPolice);
    const teacher = await person(browser, DEMO.glauchauTeacher);
    const workspaceId = await workspaceIdOf(police.page, 'Glauchau');
    // Every WebSocket to /collab is closed at once, as by a proxy that lets only plain HTTP and
    // Socket.IO's long-polling through; the other member's browser is not behind it.
    const blocked: string[] = [];
    await police.page.routeWebSocket(/\/collab\//, (ws) => {
      blocked.push(ws.url());
      void ws.close();
    });
    const list = new PlanListPage(police.page);
    await list.goto(workspaceId);
    const planId = await list.createPlan('Hinter dem Proxy');
    const a = new PlanEditorPage(police.page);
    const b = new PlanEditorPage(teacher.page);
    await b.goto(planId);
    await a.expectConnected();
    await b.expectConnected();
    expect(blocked.length).toBeGreaterThanOrEqual(3);

    await a.typeParagraph('Hinter dem Proxy geschrieben');
    await expect(b.editor).toContainText('Hinter dem Proxy geschrieben');
    await b.typeParagraph('Zurück durch den Proxy');
    await expect(a.editor).toContainText('Zurück durch den Proxy');
  });

  test('versions: save a named one, view it read-only, restore it for everyone', async ({
    browser,
  }) => {
    const police = await person(browser, DEMO.glauchauPolice);
    const teacher = await person(browser, DEMO.glauchauTeacher);
    const workspaceId = await workspaceIdOf(police.page, 'Glauchau');
    const list = new PlanListPage(police.page);
    await list.goto(workspaceId);
    const planId = await list.createPlan('Versionsprobe', 'Handlungskonzept');
    const a = new PlanEditorPage(police.page);
    const b = new PlanEditorPage(teacher.page);
    await b.goto(planId);
    await a.expectConnected();
    await a.typeParagraph('Fassung für den Stadtrat');
    await expect(b.editor).toContainText('Fassung für den Stadtrat');

    await police.page.getByLabel('Name der Version').fill('Beschlussvorlage');
    await police.page.getByRole('button', { name: 'Version speichern' }).click();
    await expect(
      police.page.getByText('Die Version „Beschlussvorlage“ wurde gespeichert.'),
    ).toBeVisible();
    await a.typeParagraph('Spätere Änderung');
    await expect(b.editor).toContainText('Spätere Änderung');

    await police.page
      .getByRole('button', { name: /^Version Beschlussvorlage .* ansehen$/ })
      .click();
    const viewer = police.page.getByRole('dialog', { name: /^Version Beschlussvorlage/ });
    const oldText = viewer.getByRole('textbox', { name: 'Text' });
    await expect(oldText).toContainText('Fassung für den Stadtrat');
    await expect(oldText).not.toContainText('Spätere Änderung');
    await expect(oldText).toHaveAttribute('contenteditable', 'false');
    await expectAccessible(police.page);
    await viewer.getByRole('button', { name: 'Wiederherstellen' }).click();
    const confirm = police.page.getByRole('dialog', { name: 'Version wiederherstellen?' });
    await confirm.getByRole('button', { name: 'Wiederherstellen' }).click();

    // The restore is a new change that the other browser sees live.
    await expect(b.editor).not.toContainText('Spätere Änderung');
    await expect(b.editor).toContainText('Fassung für den Stadtrat');
    await expect(police.page.getByText(/^Stand vor der Wiederherstellung/)).toBeVisible();
  });

  test('export links deliver PDF and DOCX', async ({ browser }) => {
    const police = await person(browser, DEMO.glauchauPolice);
    const workspaceId = await workspaceIdOf(police.page, 'Glauchau');
    const planId = await planIdOf(police.page, workspaceId, SEEDED_PLAN);
    const view = new PlanEditorPage(police.page);
    await view.goto(planId);
    for (const [name, type] of [
      ['Als PDF herunterladen', 'application/pdf'],
      [
        'Als Word-Datei (DOCX) herunterladen',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
    ] as const) {
      const href = await police.page.getByRole('link', { name }).getAttribute('href');
      const response = await police.page.request.get(href!);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
    }
  });

  test('the deadline overview shows overdue and soon-due measures', async ({ browser }) => {
    const police = await person(browser, DEMO.glauchauPolice);
    const page = police.page;
    // The council list links each council's plans and deadlines.
    await page.goto('/raete');
    await page
      .getByRole('navigation', { name: 'Pläne und Fristen von Kommunaler Präventionsrat Glauchau' })
      .getByRole('link', { name: 'Fristen' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Fristen – Kommunaler Präventionsrat Glauchau' }),
    ).toBeVisible();
    const overdue = page.getByRole('table', { name: 'Überfällig' });
    const overdueRow = overdue
      .getByRole('row')
      .filter({ hasText: 'Wandbilder statt illegaler Graffiti am Bahnhof' });
    await expect(overdueRow).toContainText(SEEDED_PLAN);
    await expect(overdueRow).toContainText('Stadtverwaltung Glauchau – Thomas Wagner');
    await expect(overdueRow.getByRole('cell').nth(2)).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);
    const soon = page.getByRole('table', { name: 'Fällig in den nächsten 14 Tagen' });
    await expect(
      soon.getByRole('row').filter({ hasText: 'Müllsammelaktion mit Schulen am Gründelpark' }),
    ).toBeVisible();
    await expectAccessible(page);
  });
});
