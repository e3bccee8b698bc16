import { expect, test, type Page } from '@playwright/test';
import { AcceptInvitationPage } from './pages/accept-invitation.page';
import { FoundCouncilPage } from './pages/admin.page';
import { LoginPage } from './pages/login.page';
import { DEMO, expectAccessible } from './support';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, DEMO.password);
  await new LoginPage(page).expectStartPage();
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('founding a council without a mail server', () => {
  test('the coordinator copies the first admin’s link, who joins through it', async ({
    browser,
  }) => {
    const council = `Kommunaler Präventionsrat Belgershain ${unique()}`;
    const firstAdminEmail = `hauptamt-${unique()}@belgershain.example`;
    const coordinator = await browser.newContext({
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await coordinator.newPage();
    await signInAs(page, DEMO.coordinator);
    await page.goto('/verwaltung/rat-gruenden');
    const found = new FoundCouncilPage(page);
    await found.expectShown();
    await found.found({
      name: council,
      municipality: 'Belgershain',
      district: 'Landkreis Leipzig',
      population: '3200',
      firstAdminEmail,
      organisationType: 'Kommunalverwaltung',
      organisationName: 'Gemeindeverwaltung Belgershain',
    });
    const confirmation = found.confirmation(council);
    await expect(confirmation).toContainText('kein Mailserver eingerichtet');
    const field = confirmation.getByLabel(`Einladungslink für ${firstAdminEmail}`);
    await expect(field).toHaveValue(/\/einladung\/[A-Za-z0-9_-]{43}$/);
    const link = await field.inputValue();
    await confirmation.getByRole('button', { name: 'Link kopieren' }).click();
    await expect(confirmation.getByRole('status')).toHaveText(
      'Der Link ist in der Zwischenablage.',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await expectAccessible(page);

    // The platform outbox keeps the invitation, for the coordinator too.
    await page
      .getByRole('navigation', { name: 'Bereiche der Verwaltung' })
      .getByRole('link', { name: 'Postausgang' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Postausgang der Plattform' }),
    ).toBeVisible();
    const mail = page.getByRole('article', { name: `E-Mail an ${firstAdminEmail}` });
    await expect(mail.getByLabel(`Einladungslink für ${firstAdminEmail}`)).toHaveValue(link);
    await expect(page.getByText('Zugang', { exact: true })).toHaveCount(0);
    await expectAccessible(page);
    await page.setViewportSize({ width: 360, height: 640 });
    await expect(mail).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    // The first admin opens the handed-over link and takes over the council.
    const newcomer = await browser.newContext();
    const newcomerPage = await newcomer.newPage();
    const accept = new AcceptInvitationPage(newcomerPage);
    await accept.open(link);
    await accept.acceptAsNewAccount('Kim Hauptamt', 'Erstes-Passwort-2026');
    await expect(newcomerPage.getByRole('heading', { level: 1, name: council })).toBeVisible();

    await newcomer.close();
    await coordinator.close();
  });

  test('a council member is told the platform outbox is not theirs', async ({ page }) => {
    await signInAs(page, DEMO.glauchauPolice);
    await page.goto('/verwaltung/postausgang');
    await expect(
      page.getByText('Den Postausgang der Plattform sehen nur die Plattform-Administration'),
    ).toBeVisible();
    await expect(page.getByRole('list')).not.toContainText('@');
    await expectAccessible(page);
    expect((await page.request.get('/api/outbox')).status()).toBe(403);
  });
});
