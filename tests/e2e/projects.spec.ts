import { deflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { CouncilPage } from './pages/council.page';
import { LoginPage } from './pages/login.page';
import { ProjectPage } from './pages/project.page';
import { DEMO, expectAccessible } from './support';

const GLAUCHAU = 'Kommunaler Präventionsrat Glauchau';
const GRAFFITI = 'Wandbilder statt illegaler Graffiti';
const POLICE_OFFICER = 'Jens Richter';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, DEMO.password);
  await new LoginPage(page).expectStartPage();
}

/** A real 2×2 PNG, as a phone photo would be (only smaller). */
function png(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 200, 60, 40, 40, 90, 200, 0, 40, 90, 200, 200, 60, 40]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test.describe('prevention projects, live', () => {
  test('a teacher posts an update with an image; the police officer watching the feed sees it without reload and is notified of the mention', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    // The police officer watches the council's activity feed.
    await signIn(page, DEMO.glauchauPolice);
    await new CouncilPage(page).openFromList(GLAUCHAU);
    await page
      .getByRole('navigation', { name: /^Projekte und Aktivität von/ })
      .getByRole('link', { name: 'Aktivität' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Aktivität' })).toBeVisible();
    const feed = page.getByRole('list', { name: 'Neueste Aktivität zuerst' });
    await expect(feed.getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page);
    const bell = page.getByRole('link', { name: /^Benachrichtigungen/ });
    const unreadBefore = Number((await bell.getAttribute('data-unread')) ?? '0');

    // The teacher, in another browser, posts on the graffiti project.
    const context = await browser.newContext();
    const teacher = await context.newPage();
    await signIn(teacher, DEMO.glauchauTeacher);
    const project = new ProjectPage(teacher);
    await project.open(GLAUCHAU, GRAFFITI);
    await expectAccessible(teacher);
    const text = `Die Klasse 9b hat das Wandbild an der Unterführung fertig gemalt (${Date.now()}).`;
    const posted = teacher.waitForResponse(
      (res) =>
        res.request().method() === 'POST' &&
        /\/api\/projects\/[0-9a-f]{24}\/updates$/.test(res.url()),
    );
    await project.postUpdate({
      text,
      mention: POLICE_OFFICER,
      image: {
        name: 'wandbild.png',
        bytes: png(),
        description: 'Das fertige Wandbild an der Unterführung',
      },
    });
    expect((await posted).status()).toBe(201);
    const started = Date.now();

    // Within a second, without reload, on the officer's feed: the text and the image.
    const line = feed.getByRole('listitem').filter({ hasText: text });
    await expect(line).toBeVisible({ timeout: 1_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(
      line.getByRole('img', { name: 'Das fertige Wandbild an der Unterführung' }),
    ).toBeVisible();
    expect(await line.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(
      2,
    );

    // And the mention reaches the bell, live, then the notification list.
    await expect(bell).toHaveAttribute('data-unread', String(unreadBefore + 1));
    await expect(bell).toHaveAccessibleName(`Benachrichtigungen, ${unreadBefore + 1} ungelesen`);
    await bell.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Benachrichtigungen' })).toBeVisible();
    const mention = page.getByRole('link', { name: `Sie wurden erwähnt: ${GRAFFITI}` }).first();
    await expect(mention).toBeVisible();
    await expectAccessible(page);
    await mention.click();
    await expect(page.getByRole('heading', { level: 1, name: GRAFFITI })).toBeVisible();
    await expect(page.getByRole('article').filter({ hasText: text })).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });

  test('the guided form explains bad input in German, saves a draft per step and publishes', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, DEMO.glauchauTeacher);
    await new CouncilPage(page).openFromList(GLAUCHAU);
    await page
      .getByRole('navigation', { name: /^Projekte und Aktivität von/ })
      .getByRole('link', { name: 'Projekte' })
      .click();
    await page.getByRole('link', { name: 'Neues Projekt anlegen' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Neues Präventionsprojekt' }),
    ).toBeVisible();
    await expectAccessible(page);

    const title = `Elterncafé an der Oberschule ${Date.now()}`;
    await page.getByLabel('Titel').fill('<script>alert(1)</script>');
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await expect(
      page.getByText('Bitte verwenden Sie nur Text, ohne HTML-Zeichen wie <script> oder <b>.'),
    ).toBeVisible();
    await expect(page.getByLabel('Titel')).toBeFocused();
    await expectAccessible(page);

    await page.getByLabel('Titel').fill(title);
    await page
      .getByLabel('Kurzbeschreibung')
      .fill('Eltern und Lehrkräfte sprechen monatlich über Sicherheit auf dem Schulweg.');
    await page.getByRole('group', { name: 'Handlungsfelder' }).getByLabel('Jugendschutz').check();
    await page.getByRole('group', { name: 'Setting' }).getByLabel('Schule').check();
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Schritt 2 von 7: Problem' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: `Projekt bearbeiten: ${title}` }),
    ).toBeVisible();

    // Publishing too early names what is missing and goes to it.
    await page
      .getByRole('navigation', { name: 'Schritte des Formulars' })
      .getByRole('button', { name: /Evaluation/ })
      .click();
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Schritt 2 von 7: Problem' }),
    ).toBeVisible();
    await expect(page.getByLabel('Was ist das Problem?')).toBeFocused();
    await expect(page.getByText('Bitte füllen Sie dieses Feld aus.').first()).toBeVisible();

    await page
      .getByLabel('Was ist das Problem?')
      .fill('Eltern fühlen sich bei Vorfällen im Schulumfeld allein gelassen.');
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await page
      .getByLabel('Ursachen')
      .fill('Kein regelmäßiger Austausch zwischen Eltern, Schule und Polizei.');
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await page.getByLabel('Präventionsziel').fill('Mehr Sicherheitsgefühl im Schulumfeld.');
    await page.getByLabel('Zielgruppe (primär)').fill('Eltern von Schülerinnen und Schülern');
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await page
      .getByLabel('Vorgehen')
      .fill('Monatliches Elterncafé mit Schulsozialarbeit und Bürgerpolizist.');
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await page
      .getByRole('group', { name: 'Ansprechperson' })
      .getByRole('textbox', { name: 'Name', exact: true })
      .fill('Anja Lehmann');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Speichern und weiter' }).click();
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Entwurf', { exact: true })).toHaveCount(0);
  });

  test('the network list filters projects and offers the CSV export', async ({ page }) => {
    await signIn(page, DEMO.koenigswarthaAdmin);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Projekte' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Präventionsprojekte' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: GRAFFITI })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Aufsuchende Straßensozialarbeit an Treffpunkten' }),
    ).toHaveCount(0);
    await page.getByLabel('Handlungsfelder').selectOption({ label: 'Verkehr' });
    await expect(page.getByRole('link', { name: GRAFFITI })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Sicherer Schulweg' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Als CSV herunterladen' })).toHaveAttribute(
      'href',
      /fieldOfAction=traffic/,
    );
    await expectAccessible(page);
  });
});
