import { expect, test, type Browser, type Page } from '@playwright/test';
import { LoginPage } from './pages/login.page';
import { ProgrammeDashboard } from './pages/programme.page';
import { DEMO, expectAccessible } from './support';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, DEMO.password);
  await new LoginPage(page).expectStartPage();
  return page;
}

test.describe('programme dashboard', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the dashboard shows the published 2022 and May 2021 figures for those dates', async ({
    browser,
  }) => {
    const page = await signedIn(browser, DEMO.coordinator);
    const dashboard = new ProgrammeDashboard(page);
    await dashboard.open();

    await dashboard.choosePreset('Ende 2022');
    await expect(page).toHaveURL(/stand=2022-12-31/);
    await dashboard.expectFigure('advised', '132');
    await dashboard.expectFigure('closeCooperation', '53');
    await dashboard.expectFigure('councils', '27');
    await dashboard.expectFigure('agreements', '36');
    await dashboard.expectFigure('coaching', '37');
    await dashboard.expectFigure('analyses', '25');
    await expect(dashboard.figureCard('agreements')).toContainText('Stand 31.12.2022');

    await dashboard.choosePreset('Mai 2021');
    await dashboard.expectFigure('advised', '109');
    await dashboard.expectFigure('councils', '22');

    await dashboard.chooseDay('2021-11-30');
    await dashboard.expectFigure('contacted', '126');
    await expect(dashboard.figureCard('councils')).toContainText('26');
    await expect(dashboard.figureCard('councils')).toContainText(
      'dazu 2 Präventionsräte auf Kreisebene',
    );
    await dashboard.expectFigure('agreements', '29');
    await dashboard.expectFigure('coaching', '32');
    await expectAccessible(page);
  });

  test('a coordinator records an agreement; another coordinator’s count, chart and map change without reload', async ({
    browser,
  }) => {
    const viewer = await signedIn(browser, DEMO.coordinator);
    const writer = await signedIn(browser, DEMO.coordinator);
    const watching = new ProgrammeDashboard(viewer);
    await watching.open();
    await watching.openTrendTable();
    const before = Number(await watching.figure('agreements').textContent());
    await expect(watching.trendLatest('agreements')).toHaveText(String(before));
    await expect(watching.marker('Zwickau')).toHaveAccessibleName(
      'Zwickau: beraten, Präventionsrat',
    );

    // A flag on the viewer's window survives only if the page is never reloaded.
    await viewer.evaluate(() => Object.assign(window, { notReloaded: true }));

    const recording = new ProgrammeDashboard(writer);
    await recording.open();
    await recording.openMunicipality('Zwickau');
    const form = writer.getByRole('form', { name: 'Kooperationsvereinbarung erfassen' });
    await form.getByLabel('Name oder Amt').first().fill('Oberbürgermeisterin der Stadt Zwickau');
    await form.getByLabel('Name oder Amt').nth(1).fill('Geschäftsstelle Landespräventionsrat');
    await form.getByRole('button', { name: 'Vereinbarung speichern' }).click();
    await expect(form.getByRole('status')).toHaveText('Vereinbarung gespeichert.');
    await expectAccessible(writer);

    // The viewer's page was not reloaded: the figures, chart and marker follow the live event.
    await expect(watching.figure('agreements')).toHaveText(String(before + 1), { timeout: 15_000 });
    await expect(watching.trendLatest('agreements')).toHaveText(String(before + 1), {
      timeout: 15_000,
    });
    await expect(watching.marker('Zwickau')).toHaveAccessibleName(
      'Zwickau: beraten, Präventionsrat, Kooperationsvereinbarung',
    );

    expect(await viewer.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(
      true,
    );

    // The marker's popup links to the municipality.
    await watching.marker('Zwickau').click();
    const popup = viewer.getByRole('region', { name: 'Zwickau' });
    await expect(popup).toContainText('Kooperationsvereinbarung');
    await expect(popup.getByRole('link', { name: 'Zur Seite von Zwickau' })).toBeVisible();
    await viewer.keyboard.press('Escape');
    await expect(popup).toBeHidden();
    await expect(watching.marker('Zwickau')).toBeFocused();
    await expectAccessible(viewer);
  });

  test('the funding form flags broken funding rules while typing and after saving', async ({
    browser,
  }) => {
    const page = await signedIn(browser, DEMO.coordinator);
    const dashboard = new ProgrammeDashboard(page);
    await dashboard.open();
    await dashboard.openMunicipality('Glauchau');
    const form = page.getByRole('form', { name: 'Förderantrag erfassen' });
    await form.getByLabel('Projekt', { exact: true }).fill('Streetwork am Abend');
    await form.getByLabel('Beantragter Betrag in Euro').fill('19000');
    await form.getByLabel('Eigenanteil in Euro (Geld oder Sachleistung)').fill('1000');
    await form.getByLabel('Eingereicht am').fill('2026-09-15');
    await form.getByLabel('Förderjahr').fill('2027');
    await expect(form.locator('[data-rule="own_share_min"]')).toContainText('mindestens 10 %');
    await expect(form.locator('[data-rule="application_window"]')).toHaveCount(0);
    await form.getByRole('button', { name: 'Förderantrag speichern' }).click();
    await expect(form.getByRole('status').last()).toHaveText(
      'Gespeichert, mit 1 Hinweis zu den Förderregeln.',
      { timeout: 15_000 },
    );
    const card = page.locator('.programme-card').filter({ hasText: 'Streetwork am Abend' });
    await expect(card.locator('[data-rule="own_share_min"]')).toBeVisible({ timeout: 15_000 });

    // Granting it breaks a hard rule: the server refuses and names it.
    await card.getByLabel('Status', { exact: true }).selectOption('granted');
    await card.getByRole('button', { name: 'Status übernehmen' }).click();
    await expect(card.getByRole('alert')).toContainText('mindestens 10 % der Gesamtkosten', {
      timeout: 15_000,
    });
    await expectAccessible(page);
  });

  test('a council member sees their own municipality’s programme status and nothing of the others', async ({
    browser,
  }) => {
    const page = await signedIn(browser, DEMO.glauchauPolice);
    await page.getByRole('link', { name: 'Programm', exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Programmstand Glauchau' }),
    ).toBeVisible();
    await expect(page.getByText('Vereinbarung vom 18.05.2021')).toBeVisible();
    await expect(
      page.getByRole('table', { name: /Erkenntnis → Empfehlung → Maßnahme → Ergebnis/ }),
    ).toContainText('Wandbilder statt illegaler Graffiti');
    await expect(page.getByRole('heading', { name: 'Kennzahlen' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: /Karte von Sachsen/ })).toHaveCount(0);
    for (const other of ['Königswartha', 'Chemnitz', 'Bannewitz', 'Leipzig'])
      await expect(page.getByText(other)).toHaveCount(0);
    const figures = await page.request.get('/api/programme/figures');
    expect(figures.status()).toBe(403);
    await expectAccessible(page);
  });
});
