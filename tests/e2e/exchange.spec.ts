import { expect, test, type Browser } from '@playwright/test';
import { CreateExchangePage, ExchangePage, MeetingPage } from './pages/exchange.page';
import { signIn, type Person } from './pages/plans.page';
import { DEMO, expectAccessible } from './support';

const people: Person[] = [];

/** Demo logins this spec needs beyond the shared ones (README: every council's Geschäftsstelle). */
const LOGIN = {
  koenigswarthaPolice: 'polizei@koenigswartha.example',
  zwickauAdmin: 'geschaeftsstelle@zwickau.example',
  leipzigAdmin: 'geschaeftsstelle@leipzig.example',
} as const;

test.afterEach(async () => {
  while (people.length > 0) await people.pop()!.context.close();
});

async function person(browser: Browser, email: string): Promise<Person> {
  const signedIn = await signIn(browser, email);
  people.push(signedIn);
  return signedIn;
}

const THEME = 'Schmierereien an Bushaltestellen';
const COUNCILS = [
  'Kommunaler Präventionsrat Glauchau',
  'Kommunaler Präventionsrat Königswartha',
  'Kommunaler Präventionsrat Zwickau',
];

test.describe('cross-regional exchange', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a coordinator opens an exchange with three councils; a post reaches the others live', async ({
    browser,
  }) => {
    const coordinator = await person(browser, DEMO.coordinator);
    await coordinator.page.goto('/austausch');
    await expect(
      coordinator.page.getByRole('heading', {
        level: 1,
        name: 'Überregionaler Erfahrungsaustausch',
      }),
    ).toBeVisible();
    await expectAccessible(coordinator.page);
    const form = new CreateExchangePage(coordinator.page);
    await form.goto();
    await expectAccessible(coordinator.page);
    const exchangeId = await form.open(THEME, COUNCILS, 'Sachbeschädigung/Graffiti');
    await coordinator.page.getByRole('link', { name: 'Austausch bearbeiten' }).click();
    await expect(
      coordinator.page.getByRole('heading', { level: 1, name: 'Austausch bearbeiten' }),
    ).toBeVisible();
    await expect(coordinator.page.getByLabel('Thema')).toHaveValue(THEME);
    await expectAccessible(coordinator.page);
    await coordinator.page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await expect(coordinator.page.getByRole('heading', { level: 1, name: THEME })).toBeVisible();
    await expect(
      coordinator.page.getByText('Kommunaler Präventionsrat Königswartha', { exact: false }),
    ).toBeVisible();

    const koenigswartha = await person(browser, LOGIN.koenigswarthaPolice);
    const glauchau = await person(browser, DEMO.glauchauTeacher);
    const zwickau = await person(browser, LOGIN.zwickauAdmin);
    const writer = new ExchangePage(koenigswartha.page);
    const readers = [new ExchangePage(glauchau.page), new ExchangePage(zwickau.page)];
    await writer.goto(exchangeId, THEME);
    for (const reader of readers) await reader.goto(exchangeId, THEME);
    await expectAccessible(glauchau.page);
    for (const reader of readers) await expect(reader.posts).toHaveCount(0);

    await writer.post(
      'Bei uns wird die Bushaltestelle am Markt jede Woche beschmiert. Was hat bei Ihnen geholfen?',
    );
    // No reload: the post arrives over the exchange's socket room.
    for (const reader of readers) {
      await expect(reader.posts).toHaveCount(1);
      await expect(reader.posts.first()).toContainText('Bushaltestelle am Markt');
      await expect(reader.posts.first()).toContainText('Stefan Krüger');
    }

    // Someone outside the invited councils does not even see that the exchange exists.
    const leipzig = await person(browser, LOGIN.leipzigAdmin);
    await leipzig.page.goto(`/austausch/${exchangeId}`);
    await expect(
      leipzig.page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeVisible();
  });

  test('two people co-edit the minutes of a meeting at once', async ({ browser }) => {
    // Its own exchange, so this test runs alone and does not depend on the one before.
    const coordinator = await person(browser, DEMO.coordinator);
    const form = new CreateExchangePage(coordinator.page);
    await form.goto();
    const exchangeId = await form.open(THEME, COUNCILS, 'Sachbeschädigung/Graffiti');
    const exchange = new ExchangePage(coordinator.page);
    await exchange.goto(exchangeId, THEME);
    // Three weeks ahead, so the calendar (the coming months) lists it.
    const day = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    const meetingId = await exchange.planMeeting('Erstes Treffen Bushaltestellen', `${day}T14:00`);

    const koenigswartha = await person(browser, LOGIN.koenigswarthaPolice);
    const a = new MeetingPage(coordinator.page);
    const b = new MeetingPage(koenigswartha.page);
    await a.goto(meetingId);
    await b.goto(meetingId);
    await a.expectConnected();
    await b.expectConnected();
    await expectAccessible(koenigswartha.page);

    // Both type at the same moment, one at the end and one at the start of the minutes.
    await Promise.all([
      a.typeParagraph('TOP 2: Königswartha schildert die Lage am Markt.'),
      b.typeParagraphAtStart('TOP 1: Begrüßung durch die Koordination.'),
    ]);
    await expect
      .poll(async () => {
        const [textA, textB] = [await a.text(), await b.text()];
        return (
          textA === textB &&
          textA.includes('TOP 1: Begrüßung') &&
          textA.includes('TOP 2: Königswartha')
        );
      })
      .toBe(true);

    // The calendar of the Königswartha member lists the meeting.
    await koenigswartha.page.goto('/austausch/kalender');
    await expect(
      koenigswartha.page.getByRole('link', { name: 'Erstes Treffen Bushaltestellen' }),
    ).toBeVisible();
    await expectAccessible(koenigswartha.page);
  });

  test("a Königswartha member finds Glauchau's network report on graffiti, not its internal project", async ({
    browser,
  }) => {
    const koenigswartha = await person(browser, LOGIN.koenigswarthaPolice);
    await koenigswartha.page.goto('/suche');
    await koenigswartha.page.getByLabel('Suchbegriff').fill('graffiti');
    const results = koenigswartha.page.getByRole('list', { name: 'Suchergebnisse' });
    await expect(
      results.getByRole('link', {
        name: 'Wandbilder statt illegaler Graffiti: Erfahrungen aus Glauchau',
      }),
    ).toBeVisible();
    await expect(results.getByText('Graffiti-Schnellentfernung an Schulen')).toHaveCount(0);
    await expect(results.locator('mark').first()).toHaveText(/graffiti/i);
    await expectAccessible(koenigswartha.page);

    await results
      .getByRole('link', { name: 'Wandbilder statt illegaler Graffiti: Erfahrungen aus Glauchau' })
      .click();
    await expect(
      koenigswartha.page.getByRole('heading', {
        level: 1,
        name: 'Wandbilder statt illegaler Graffiti: Erfahrungen aus Glauchau',
      }),
    ).toBeVisible();
    await koenigswartha.page.getByRole('button', { name: /Hilfreich/ }).click();
    await expect(koenigswartha.page.getByRole('button', { name: /Hilfreich/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectAccessible(koenigswartha.page);

    await koenigswartha.page.goto('/austausch/empfehlungen');
    await expect(
      koenigswartha.page.getByRole('heading', { level: 2, name: 'Passende Präventionsräte' }),
    ).toBeVisible();
    await expect(
      koenigswartha.page.getByText('Ähnlich groß (unter 5.000 Einwohner)').first(),
    ).toBeVisible();
    await expectAccessible(koenigswartha.page);
  });

  test('the good-practice page lists public reports without login', async ({ page }) => {
    await page.goto('/gute-praxis');
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'Gute Praxis in der kommunalen Kriminalprävention',
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Dorfputz mit Grundschule und Feuerwehr' }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Dorfputz mit Grundschule und Feuerwehr' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Dorfputz mit Grundschule und Feuerwehr' }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test('reports, the report form and the overview of fields are accessible', async ({
    browser,
  }) => {
    const glauchau = await person(browser, DEMO.glauchauAdmin);
    await glauchau.page.goto('/austausch/berichte');
    await expect(
      glauchau.page.getByRole('heading', { level: 1, name: 'Erfahrungsberichte' }),
    ).toBeVisible();
    await expect(
      glauchau.page.getByRole('link', { name: 'Patenschaften für Papierkörbe in der Innenstadt' }),
    ).toBeVisible();
    await expectAccessible(glauchau.page);
    await glauchau.page.getByRole('link', { name: 'Erfahrungsbericht schreiben' }).click();
    await expect(
      glauchau.page.getByRole('heading', { level: 1, name: 'Erfahrungsbericht schreiben' }),
    ).toBeVisible();
    await glauchau.page
      .getByLabel('Aus einem Projekt übernehmen')
      .selectOption({ label: 'Wandbilder statt illegaler Graffiti' });
    await expect(glauchau.page.getByLabel('Titel', { exact: true })).toHaveValue(
      'Wandbilder statt illegaler Graffiti',
    );
    await expectAccessible(glauchau.page);

    const coordinator = await person(browser, DEMO.coordinator);
    await coordinator.page.goto('/austausch/handlungsfelder');
    await expect(
      coordinator.page.getByRole('heading', { level: 2, name: 'Vermüllung öffentlicher Plätze' }),
    ).toBeVisible();
    await expectAccessible(coordinator.page);
  });
});
