import { expect, test } from '@playwright/test';
import { LoginPage } from './pages/login.page';
import { DEMO, expectAccessible } from './support';

test.describe('sign-in and the council list', () => {
  test('a demo member signs in and sees the councils', async ({ page }) => {
    await page.goto('/');
    const login = new LoginPage(page);
    await login.expectShown();
    await expectAccessible(page);

    await login.signIn(DEMO.glauchauPolice, DEMO.password);
    await new LoginPage(page).expectStartPage();
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Präventionsräte' })
      .click();
    await expect(page).toHaveURL(/\/raete$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Präventionsräte' })).toBeVisible();
    const mine = page.getByRole('region', { name: 'Meine Präventionsräte' });
    await expect(
      mine.getByRole('listitem').filter({ hasText: 'Kommunaler Präventionsrat Glauchau' }),
    ).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Kommunaler Präventionsrat Königswartha' }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test('a wrong password is explained in German and nothing else happens', async ({ page }) => {
    await page.goto('/anmelden');
    await new LoginPage(page).signIn(DEMO.glauchauPolice, 'Falsches-Passwort-1');
    await expect(page.getByRole('alert')).toContainText('E-Mail-Adresse oder Passwort ist falsch.');
    await expect(page).toHaveURL(/\/anmelden/);
  });

  test('English is chosen on the sign-in page, fetched then, and kept after a reload', async ({
    page,
  }) => {
    const english: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/en-[\w-]+\.js$/.test(request.url())) english.push(request.url());
    });
    await page.goto('/anmelden');
    await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
    // German is in the app itself; the English texts are not sent to a German visitor.
    expect(english).toEqual([]);

    await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(english).toHaveLength(1);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
    await expectAccessible(page);
  });

  test('keyboard users reach the content through the skip link', async ({ page }) => {
    await page.goto('/anmelden');
    await new LoginPage(page).signIn(DEMO.glauchauAdmin, DEMO.password);
    await new LoginPage(page).expectStartPage();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('one refused request does not sign out a valid session; an ended session does', async ({
    page,
  }) => {
    await page.goto('/anmelden');
    await new LoginPage(page).signIn(DEMO.glauchauPolice, DEMO.password);
    await new LoginPage(page).expectStartPage();
    // The council list's request is refused once, as by a server that lost track for a moment.
    let refused = 0;
    await page.route('**/api/workspaces', async (route) => {
      if (refused++ > 0) return route.fallback();
      await route.fulfill({
        status: 401,
        json: { error: { id: 'unauthenticated', message: 'Sign in first' } },
      });
    });
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Präventionsräte' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Meine Präventionsräte' })
        .getByRole('listitem')
        .filter({ hasText: 'Kommunaler Präventionsrat Glauchau' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/raete$/);
    expect(refused).toBeGreaterThanOrEqual(2);

    // Without its cookie the browser's session is really over: the next refusal signs out.
    await page.context().clearCookies();
    await nav.getByRole('link', { name: 'Projekte' }).click();
    await new LoginPage(page).expectShown();
  });

  test('signing out returns to the login page and protects the app again', async ({ page }) => {
    await page.goto('/anmelden');
    await new LoginPage(page).signIn(DEMO.coordinator, DEMO.password);
    await new LoginPage(page).expectStartPage();
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await new LoginPage(page).expectShown();
    await page.goto('/');
    await new LoginPage(page).expectShown();
  });

  test('unknown pages show a 404 page inside the app', async ({ page }) => {
    await page.goto('/anmelden');
    await new LoginPage(page).signIn(DEMO.glauchauTeacher, DEMO.password);
    await new LoginPage(page).expectStartPage();
    await page.goto('/gibt-es-nicht');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('nicht gefunden');
    await expectAccessible(page);
  });
});
