import { expect, test, type Page } from '@playwright/test';
import { AccountsPage, adminMenuLink, FoundCouncilPage } from './pages/admin.page';
import { LoginPage } from './pages/login.page';
import { DEMO, expectAccessible } from './support';

const PLATFORM_ADMIN = 'admin@praeventionsnetz.example';
const ASSOCIATION = 'verein@glauchau.example';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, DEMO.password);
  await new LoginPage(page).expectStartPage();
}

test.describe('platform administration', () => {
  test('a platform admin searches accounts and makes the association worker a programme coordinator', async ({
    page,
  }) => {
    await signIn(page, PLATFORM_ADMIN);
    await adminMenuLink(page).click();
    const accounts = new AccountsPage(page);
    await accounts.expectShown();
    await expect(page.getByRole('navigation', { name: 'Bereiche der Verwaltung' })).toContainText(
      'Präventionsrat gründen',
    );
    await expectAccessible(page);

    await accounts.search('verein@glauchau');
    await expect(accounts.row(ASSOCIATION)).toBeVisible();
    const name = (await accounts.row(ASSOCIATION).getByRole('rowheader').innerText()).trim();
    await expect(accounts.role(ASSOCIATION, 'Programmkoordination')).not.toBeChecked();
    await accounts.role(ASSOCIATION, 'Programmkoordination').check();
    await accounts.saveRoles(ASSOCIATION);
    await expect(accounts.savedStatus(name)).toBeVisible();
    await expectAccessible(page);

    // Saved on the server: a fresh load of the same search shows the role.
    await page.reload();
    await accounts.expectShown();
    await expect(accounts.role(ASSOCIATION, 'Programmkoordination')).toBeChecked();
    await expect(accounts.role(ASSOCIATION, 'Plattform-Administration')).not.toBeChecked();

    // Other spec files use this demo login as a plain member: give the role back.
    await accounts.role(ASSOCIATION, 'Programmkoordination').uncheck();
    await accounts.saveRoles(ASSOCIATION);
    await expect(accounts.savedStatus(name)).toBeVisible();
  });

  test('the last platform admin cannot give up the role and is told why', async ({ page }) => {
    await signIn(page, PLATFORM_ADMIN);
    const accounts = new AccountsPage(page);
    await accounts.goto();
    await accounts.search(PLATFORM_ADMIN);
    await expect(accounts.row(PLATFORM_ADMIN)).toContainText('(Sie)');
    await accounts.role(PLATFORM_ADMIN, 'Plattform-Administration').uncheck();
    await accounts.saveRoles(PLATFORM_ADMIN);
    await expect(accounts.refusal(PLATFORM_ADMIN)).toContainText(
      'letzte Konto mit Plattform-Administration',
    );
    // The role still holds, on screen and on the server.
    await expect(accounts.role(PLATFORM_ADMIN, 'Plattform-Administration')).toBeChecked();
    await expectAccessible(page);
    await page.reload();
    await expect(accounts.role(PLATFORM_ADMIN, 'Plattform-Administration')).toBeChecked();
    await expect(adminMenuLink(page)).toBeVisible();
  });

  test('a programme coordinator founds a council whose first admin is invited by e-mail', async ({
    page,
  }) => {
    const council = `Kommunaler Präventionsrat Parthenstein ${unique()}`;
    const firstAdminEmail = `hauptamt-${unique()}@parthenstein.example`;
    await signIn(page, DEMO.coordinator);
    await adminMenuLink(page).click();
    const found = new FoundCouncilPage(page);
    await found.expectShown();
    await expect(page).toHaveURL(/\/verwaltung\/rat-gruenden$/);
    // Account management is not theirs: no tab for it.
    await expect(
      page.getByRole('navigation', { name: 'Bereiche der Verwaltung' }),
    ).not.toContainText('Konten verwalten');
    await expectAccessible(page);

    // Missing required fields are named before anything is sent.
    await page.getByRole('button', { name: 'Präventionsrat gründen' }).click();
    await expect(
      page.getByText('Bitte geben Sie den Namen des Präventionsrats ein.'),
    ).toBeVisible();
    await expect(page.getByLabel('Name des Präventionsrats')).toBeFocused();

    await found.found({
      name: council,
      municipality: 'Parthenstein',
      district: 'Landkreis Leipzig',
      population: '3500',
      firstAdminEmail,
      organisationType: 'Kommunalverwaltung',
      organisationName: 'Gemeindeverwaltung Parthenstein',
    });
    const confirmation = found.confirmation(council);
    await expect(confirmation).toBeVisible();
    await expect(confirmation).toContainText(firstAdminEmail);
    await expect(confirmation).toContainText('eingeladen');
    await expectAccessible(page);

    await confirmation.getByRole('link', { name: `${council} öffnen` }).click();
    await expect(page).toHaveURL(/\/raete\/[0-9a-f]{24}$/);
    await expect(page.getByRole('heading', { level: 1, name: council })).toBeVisible();

    await page.goto('/verwaltung/konten');
    await expect(page.getByText('Sie sind nicht berechtigt, Konten zu verwalten.')).toBeVisible();
  });

  test('a council member sees no administration and is told so at its address', async ({
    page,
  }) => {
    await signIn(page, DEMO.glauchauPolice);
    await expect(page.getByRole('group', { name: 'Benutzerkonto' })).toBeVisible();
    await expect(adminMenuLink(page)).toHaveCount(0);

    await page.goto('/verwaltung/konten');
    await new AccountsPage(page).expectShown();
    await expect(page.getByText('Sie sind nicht berechtigt, Konten zu verwalten.')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectAccessible(page);
    expect((await page.request.get('/api/admin/users')).status()).toBe(403);

    await page.goto('/verwaltung/rat-gruenden');
    await expect(
      page.getByText('Sie sind nicht berechtigt, Präventionsräte zu gründen.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Präventionsrat gründen' })).toHaveCount(0);
  });
});
