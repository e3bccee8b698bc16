import { expect, test, type Browser, type Page } from '@playwright/test';
import { AcceptInvitationPage } from './pages/accept-invitation.page';
import { FoundCouncilPage } from './pages/admin.page';
import { CouncilPage } from './pages/council.page';
import { InvitationsPage } from './pages/invitations.page';
import { LoginPage } from './pages/login.page';
import { PasswordResetPages, resetLinkFor } from './pages/password-reset.page';
import { DEMO, expectAccessible } from './support';

const PLATFORM_ADMIN = 'admin@praeventionsnetz.example';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signedIn(browser: Browser, email: string, password = DEMO.password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, password);
  await new LoginPage(page).expectStartPage();
  return { context, page };
}

async function fresh(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/**
 * The first day of a new council without a mail server, as far as accounts go: the coordinator
 * founds it and hands over the link, its first admin joins and invites a member, the member
 * forgets the password, resets it through the mailed link, and finds their overview and a
 * colleague in the directory.
 */
test('first day: founding, handing over, inviting, resetting a password, overview, directory', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const municipality = `Flöha ${unique()}`;
  const council = `Kommunaler Präventionsrat ${municipality}`;
  const adminEmail = `hauptamt-${unique()}@floeha.example`;
  const memberEmail = `jugendhilfe-${unique()}@floeha.example`;

  // The coordinator founds the council; no mail server, so the link is shown to copy.
  const coordinator = await signedIn(browser, DEMO.coordinator);
  await coordinator.page.goto('/verwaltung/rat-gruenden');
  const found = new FoundCouncilPage(coordinator.page);
  await found.found({
    name: council,
    municipality,
    district: 'Landkreis Mittelsachsen',
    population: '11000',
    firstAdminEmail: adminEmail,
    organisationType: 'Kommunalverwaltung',
    organisationName: 'Stadtverwaltung Flöha',
  });
  const adminLink = await found
    .confirmation(council)
    .getByLabel(`Einladungslink für ${adminEmail}`)
    .inputValue();

  // The first admin joins through the handed-over link and invites a member.
  const adminPage = await fresh(browser);
  const acceptAdmin = new AcceptInvitationPage(adminPage);
  await acceptAdmin.open(adminLink);
  await acceptAdmin.acceptAsNewAccount('Kim Hauptamt', 'Hauptamt-Passwort-1');
  await expect(adminPage.getByRole('heading', { level: 1, name: council })).toBeVisible();
  await new CouncilPage(adminPage).openSection('Einladungen');
  const invitations = new InvitationsPage(adminPage);
  await invitations.invite({
    email: memberEmail,
    role: 'Mitglied',
    organisationType: 'Verein oder freier Träger',
    organisationName: 'Jugendhilfe Flöha e. V.',
  });
  const memberLink = await invitations.linkFromOutbox(memberEmail);

  // The member joins, then comes back another day without the password.
  const memberPage = await fresh(browser);
  const acceptMember = new AcceptInvitationPage(memberPage);
  await acceptMember.open(memberLink);
  await acceptMember.acceptAsNewAccount('Mia Mitglied', 'Schon-vergessen-1');
  await expect(memberPage.getByRole('heading', { level: 1, name: council })).toBeVisible();

  const nextDay = await fresh(browser);
  const reset = new PasswordResetPages(nextDay);
  await reset.requestLink(memberEmail);
  const operator = await signedIn(browser, PLATFORM_ADMIN);
  const link = await resetLinkFor(operator.page, memberEmail);
  await reset.setPassword(link, 'Neues-Passwort-2026');
  await expect(nextDay.getByRole('status')).toContainText('Ihr neues Passwort ist gespeichert');
  await nextDay.getByRole('link', { name: 'Zur Anmeldung' }).click();
  await new LoginPage(nextDay).signIn(memberEmail, 'Neues-Passwort-2026');
  await new LoginPage(nextDay).expectStartPage();

  // Her overview shows her council; the directory finds the admin who invited her.
  await nextDay
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Mein Überblick' })
    .click();
  const changes = nextDay.getByRole('region', { name: 'Neu in Ihren Präventionsräten' });
  await expect(changes.getByRole('link', { name: council })).toBeVisible();
  await expectAccessible(nextDay);
  await nextDay.getByRole('link', { name: 'Wer macht was? Zum Mitgliederverzeichnis' }).click();
  const colleague = nextDay.getByRole('article', { name: 'Kim Hauptamt' });
  await expect(colleague).toContainText('Stadtverwaltung Flöha');
  await expect(colleague).toContainText(council);
  await expect(nextDay.getByRole('article', { name: 'Thomas Wagner' })).toHaveCount(0);
  await nextDay.setViewportSize({ width: 360, height: 640 });
  await expectAccessible(nextDay);

  for (const page of [adminPage, memberPage, nextDay]) await page.context().close();
  await operator.context.close();
  await coordinator.context.close();
});
