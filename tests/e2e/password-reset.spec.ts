import { expect, test, type Browser, type Page } from '@playwright/test';
import { LoginPage } from './pages/login.page';
import { PasswordResetPages, resetLinkFor } from './pages/password-reset.page';
import { joinGlauchau } from './pages/new-member';
import { DEMO, expectAccessible } from './support';

const PLATFORM_ADMIN = 'admin@praeventionsnetz.example';
const FORGOTTEN = 'Vergessenes-Passwort-1';
const NEW_PASSWORD = 'Neues-Passwort-2026';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A fresh account in Glauchau, signed in on `page`. */
function newMember(browser: Browser, page: Page, email: string): Promise<void> {
  return joinGlauchau(browser, page, {
    email,
    name: 'Robin Rücksetzer',
    password: FORGOTTEN,
    organisationType: 'Schule oder Kita',
    organisationName: 'Oberschule Glauchau',
  });
}

async function platformAdmin(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(PLATFORM_ADMIN, DEMO.password);
  await new LoginPage(page).expectStartPage();
  return { context, page };
}

test.describe('password reset by mail', () => {
  test('a member who forgot the password sets a new one through the mailed link', async ({
    page,
    browser,
  }) => {
    const email = `vergessen-${unique()}@glauchau.example`;
    await newMember(browser, page, email);
    const admin = await platformAdmin(browser);

    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    const reset = new PasswordResetPages(visitorPage);

    // A wrong address is named at its field, with focus on it.
    await visitorPage.goto('/passwort-vergessen');
    await visitorPage.getByLabel('E-Mail-Adresse').fill('keine-adresse');
    await visitorPage.getByRole('button', { name: 'Link anfordern' }).click();
    await expect(
      visitorPage.getByText('Bitte geben Sie eine gültige E-Mail-Adresse'),
    ).toBeVisible();
    await expect(visitorPage.getByLabel('E-Mail-Adresse')).toBeFocused();
    await expectAccessible(visitorPage);

    await reset.requestLink(email);
    await expect(visitorPage.getByRole('status')).toBeFocused();
    await expectAccessible(visitorPage);
    const link = await resetLinkFor(admin.page, email);

    // Passwords that differ are refused before anything is sent.
    await reset.setPassword(link, NEW_PASSWORD, 'Etwas-anderes-2026');
    await expect(visitorPage.getByText('Die beiden Eingaben stimmen nicht überein.')).toBeVisible();
    await expect(visitorPage.getByLabel('Neues Passwort wiederholen')).toBeFocused();
    await expectAccessible(visitorPage);

    await reset.setPassword(link, NEW_PASSWORD);
    await expect(visitorPage.getByRole('status')).toContainText(
      'Ihr neues Passwort ist gespeichert',
    );
    await expectAccessible(visitorPage);

    // Every session ended: the member's open tab is sent to the sign-in page.
    await page.reload();
    await new LoginPage(page).expectShown();

    await visitorPage.getByRole('link', { name: 'Zur Anmeldung' }).click();
    await new LoginPage(visitorPage).signIn(email, FORGOTTEN);
    await expect(visitorPage.getByRole('alert')).toContainText(
      'E-Mail-Adresse oder Passwort ist falsch',
    );
    await new LoginPage(visitorPage).signIn(email, NEW_PASSWORD);
    await new LoginPage(visitorPage).expectStartPage();

    // The link works once.
    const again = await browser.newContext();
    const againPage = await again.newPage();
    await new PasswordResetPages(againPage).setPassword(link, 'Drittes-Passwort-2026');
    await expect(againPage.getByRole('alert')).toContainText(
      'Dieser Link ist ungültig, abgelaufen oder wurde schon verwendet.',
    );
    await expect(againPage.getByRole('link', { name: 'Neuen Link anfordern' })).toBeVisible();

    await again.close();
    await visitor.close();
    await admin.context.close();
  });

  test('an unknown address gets the same answer, and both pages fit 360 px and pass axe', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const reset = new PasswordResetPages(page);
    await reset.requestLink(`niemand-${unique()}@glauchau.example`);
    await expect(page.getByRole('status')).toContainText('Wenn zu');
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    await page.goto('/passwort-neu#ungueltig');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' }),
    ).toBeVisible();
    await page.getByLabel('Neues Passwort', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Neues Passwort wiederholen').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Passwort speichern' }).click();
    await expect(page.getByRole('alert')).toContainText('Dieser Link ist ungültig');
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
  });
});

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
