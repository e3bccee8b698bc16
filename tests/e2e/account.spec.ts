import { expect, test, type Browser, type Page } from '@playwright/test';
import { AccountsPage } from './pages/admin.page';
import { LoginPage } from './pages/login.page';
import { PlanEditorPage, planIdOf, signIn, workspaceIdOf } from './pages/plans.page';
import { joinGlauchau } from './pages/new-member';
import { DEMO, expectAccessible } from './support';

const FIRST_PASSWORD = 'Erstes-Passwort-2026';
const SECOND_PASSWORD = 'Zweites-Passwort-2026';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A fresh account in Glauchau, signed in on `page`. */
function newMember(browser: Browser, page: Page, email: string): Promise<void> {
  return joinGlauchau(browser, page, {
    email,
    name: 'Sam Sitzung',
    password: FIRST_PASSWORD,
    organisationType: 'Verein oder freier Träger',
    organisationName: 'Jugendclub',
  });
}

async function signInElsewhere(browser: Browser, email: string, userAgent: string) {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, FIRST_PASSWORD);
  await new LoginPage(page).expectStartPage();
  return { context, page };
}

const FIREFOX_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

test.describe('account security on the profile page', () => {
  test('lists the signed-in devices, ends one, and a password change signs out the rest', async ({
    page,
    browser,
  }) => {
    const email = `sitzung-${unique()}@glauchau.example`;
    await newMember(browser, page, email);
    const office = await signInElsewhere(browser, email, FIREFOX_WINDOWS);
    const phone = await signInElsewhere(browser, email, SAFARI_IPHONE);

    await page.getByRole('link', { name: 'Mein Profil' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mein Profil' })).toBeVisible();
    const devices = page.getByRole('list', { name: 'Angemeldete Geräte' });
    await expect(devices.getByRole('listitem')).toHaveCount(3);
    await expect(devices.getByRole('listitem').filter({ hasText: 'Diese Sitzung' })).toHaveCount(1);
    await expect(devices).toContainText('Firefox auf Windows');
    await expect(devices).toContainText('Safari auf iOS');
    await expectAccessible(page);

    // End the office PC's session: it is sent to the login page at once.
    await devices.getByRole('button', { name: /^Firefox auf Windows, zuletzt aktiv/ }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Firefox auf Windows wurde abgemeldet.' }),
    ).toBeVisible();
    await expect(devices.getByRole('listitem')).toHaveCount(2);
    await new LoginPage(office.page).expectShown();

    // A wrong current password is named at its field; nothing changes.
    const form = page.getByRole('region', { name: 'Passwort ändern' });
    await form.getByLabel('Aktuelles Passwort').fill('Falsches-Passwort-1');
    await form.getByLabel('Neues Passwort', { exact: true }).fill(SECOND_PASSWORD);
    await form.getByLabel('Neues Passwort wiederholen').fill(SECOND_PASSWORD);
    await form.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(form.getByText('Das aktuelle Passwort ist falsch.')).toBeVisible();
    await expect(form.getByLabel('Aktuelles Passwort')).toBeFocused();

    await form.getByLabel('Aktuelles Passwort').fill(FIRST_PASSWORD);
    await form.getByRole('button', { name: 'Passwort ändern' }).click();
    await expect(form.getByRole('status')).toHaveText(
      'Ihr Passwort wurde geändert. Alle anderen Geräte sind abgemeldet.',
    );
    await new LoginPage(phone.page).expectShown();
    await expect(devices.getByRole('listitem')).toHaveCount(1);
    await expectAccessible(page);

    // The new password signs in; the old one no longer does.
    await new LoginPage(phone.page).signIn(email, SECOND_PASSWORD);
    await new LoginPage(phone.page).expectStartPage();
    await office.context.close();
    await phone.context.close();
  });

  test('the account sections fit a 360 px screen and pass axe', async ({ page, browser }) => {
    const email = `schmal-${unique()}@glauchau.example`;
    await newMember(browser, page, email);
    const other = await signInElsewhere(browser, email, SAFARI_IPHONE);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/profil');
    await expect(
      page.getByRole('list', { name: 'Angemeldete Geräte' }).getByRole('listitem'),
    ).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'E-Mail-Adresse ändern' })).toBeVisible();
    await expectAccessible(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await other.context.close();
  });

  test('signing out removes the local copies of plans from the browser', async ({ browser }) => {
    const police = await signIn(browser, DEMO.glauchauPolice);
    const page = police.page;
    const workspaceId = await workspaceIdOf(page, 'Glauchau');
    const planId = await planIdOf(page, workspaceId, 'Handlungskonzept 2025–2027');
    const editor = new PlanEditorPage(page);
    await editor.goto(planId);
    await editor.expectConnected();
    const localCopies = () =>
      page.evaluate(async () =>
        (await indexedDB.databases())
          .map((database) => database.name ?? '')
          .filter((name) => name.startsWith('pnetz-plan:')),
      );
    await expect.poll(localCopies).toHaveLength(1);

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await new LoginPage(page).expectShown();
    await expect.poll(localCopies).toEqual([]);
    await police.context.close();
  });

  test('a platform admin signs an account out everywhere', async ({ page, browser }) => {
    const email = `ueberall-${unique()}@glauchau.example`;
    await newMember(browser, page, email);
    const phone = await signInElsewhere(browser, email, SAFARI_IPHONE);

    const operator = await browser.newContext();
    const adminPage = await operator.newPage();
    await adminPage.goto('/anmelden');
    await new LoginPage(adminPage).signIn('admin@praeventionsnetz.example', DEMO.password);
    await new LoginPage(adminPage).expectStartPage();
    const accounts = new AccountsPage(adminPage);
    await accounts.goto();
    await accounts.search(email);
    await accounts.row(email).getByRole('button', { name: 'Sam Sitzung überall abmelden' }).click();
    const dialog = adminPage.getByRole('dialog', { name: 'Sam Sitzung überall abmelden?' });
    await dialog.getByRole('button', { name: 'Überall abmelden' }).click();
    await expect(
      adminPage
        .getByRole('status')
        .filter({ hasText: 'Sam Sitzung wurde auf 2 Geräten abgemeldet.' }),
    ).toBeVisible();
    await expectAccessible(adminPage);

    await new LoginPage(page).expectShown();
    await new LoginPage(phone.page).expectShown();
    await operator.close();
    await phone.context.close();
  });
});
