import { expect, test, type Browser, type Page } from '@playwright/test';
import { AccountsPage } from './pages/admin.page';
import { LoginPage } from './pages/login.page';
import { PlanEditorPage, planIdOf, workspaceIdOf } from './pages/plans.page';
import { joinGlauchau } from './pages/new-member';
import { DEMO, expectAccessible } from './support';

const PLATFORM_ADMIN = 'admin@praeventionsnetz.example';
const PASSWORD = 'Eigenes-Passwort-2026';
const NAME = 'Dana Deaktiviert';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A fresh account in Glauchau, signed in on `page`. */
function newMember(browser: Browser, page: Page, email: string): Promise<void> {
  return joinGlauchau(browser, page, {
    email,
    name: NAME,
    password: PASSWORD,
    organisationType: 'Verein oder freier Träger',
    organisationName: 'Jugendclub',
  });
}

test.describe('deactivating an account', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a platform admin deactivates an account: its open plan ends, it cannot sign in; reactivated it can', async ({
    page,
    browser,
  }) => {
    const email = `deaktiviert-${unique()}@glauchau.example`;
    await newMember(browser, page, email);
    // The member has a plan open, live.
    const planId = await planIdOf(
      page,
      await workspaceIdOf(page, 'Glauchau'),
      'Handlungskonzept 2025–2027',
    );
    const editor = new PlanEditorPage(page);
    await editor.goto(planId);
    await editor.expectConnected();

    const operator = await browser.newContext();
    const adminPage = await operator.newPage();
    await adminPage.goto('/anmelden');
    await new LoginPage(adminPage).signIn(PLATFORM_ADMIN, DEMO.password);
    await new LoginPage(adminPage).expectStartPage();
    const accounts = new AccountsPage(adminPage);
    await accounts.goto();
    await accounts.search(email);
    await expect(accounts.row(email)).toContainText('aktiv');
    // The own account offers no way to lock oneself out.
    await accounts.search(PLATFORM_ADMIN);
    await expect(
      accounts.row(PLATFORM_ADMIN).getByRole('button', { name: /deaktivieren/ }),
    ).toHaveCount(0);

    await accounts.search(email);
    await accounts
      .row(email)
      .getByRole('button', { name: `Konto von ${NAME} deaktivieren` })
      .click();
    const dialog = adminPage.getByRole('dialog', { name: `Konto von ${NAME} deaktivieren?` });
    await expect(dialog).toContainText('kann sich nicht mehr anmelden');
    await expectAccessible(adminPage);
    await dialog.getByRole('button', { name: 'Deaktivieren' }).click();
    await expect(
      adminPage.getByRole('status').filter({ hasText: `Das Konto von ${NAME} ist deaktiviert.` }),
    ).toBeVisible();
    await expect(accounts.row(email)).toContainText('deaktiviert');
    await expectAccessible(adminPage);

    // The member's open plan ends and the page asks to sign in; signing in is refused.
    await new LoginPage(page).expectShown();
    await new LoginPage(page).signIn(email, PASSWORD);
    await expect(page.getByRole('alert')).toContainText('E-Mail-Adresse oder Passwort ist falsch');

    // On a phone the table scrolls inside its frame, not the page.
    await adminPage.setViewportSize({ width: 360, height: 780 });
    await expect(
      accounts.row(email).getByRole('button', { name: `Konto von ${NAME} wieder aktivieren` }),
    ).toBeAttached();
    await expectAccessible(adminPage);
    const overflow = await adminPage.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await adminPage.setViewportSize({ width: 1280, height: 720 });

    await accounts
      .row(email)
      .getByRole('button', { name: `Konto von ${NAME} wieder aktivieren` })
      .click();
    await expect(
      adminPage.getByRole('status').filter({ hasText: `Das Konto von ${NAME} ist wieder aktiv` }),
    ).toBeVisible();
    await operator.close();

    await page.goto('/anmelden');
    await new LoginPage(page).signIn(email, PASSWORD);
    await new LoginPage(page).expectStartPage();
  });
});
