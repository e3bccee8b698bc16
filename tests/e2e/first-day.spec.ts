import { expect, test, type Browser, type Page } from '@playwright/test';
import { AcceptInvitationPage } from './pages/accept-invitation.page';
import { FoundCouncilPage } from './pages/admin.page';
import { CouncilPage } from './pages/council.page';
import { CreateExchangePage, ExchangePage } from './pages/exchange.page';
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

/** A small PDF attached to a new project of the council, through the API as its admin. */
async function attachPdf(page: Page, workspaceId: string, filename: string): Promise<void> {
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as {
    csrfToken: string;
  };
  const headers = { 'x-csrf-token': csrfToken };
  const created = await page.request.post(`/api/workspaces/${workspaceId}/projects`, {
    headers,
    data: { title: 'Aufsuchende Straßensozialarbeit am Bahnhof' },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const res = await page.request.post(
    `/api/projects/${id}/attachments?filename=${encodeURIComponent(filename)}&for=project`,
    {
      headers: { ...headers, 'content-type': 'application/octet-stream' },
      data: Buffer.from('%PDF-1.4\n%Begehung am Bahnhof\n'),
    },
  );
  expect(res.status()).toBe(201);
}

async function searchFor(page: Page, text: string) {
  await page.getByLabel('Suchbegriff').fill(text);
  await expect(page.getByRole('status').filter({ hasText: 'Treffer' })).toBeVisible();
  return page.getByRole('list', { name: 'Suchergebnisse' }).getByRole('listitem');
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });

/**
 * The first day of a new council without a mail server, in one walk: the coordinator founds it
 * and hands over the link, its first admin joins and invites a member, the member forgets the
 * password and resets it through the mailed link, lands on her overview, is mentioned in an
 * exchange and notified, finds a colleague in the directory and a file in the library, and
 * searches with a typo, a part of a compound, a person and a council.
 */
test('first day: founding, inviting, password reset, overview, mention, directory, library, search', async ({
  browser,
}) => {
  // Genuinely long: four people, eleven pages, each checked with axe.
  test.setTimeout(240_000);
  const municipality = `Flöha ${unique()}`;
  const council = `Kommunaler Präventionsrat ${municipality}`;
  const adminEmail = `hauptamt-${unique()}@floeha.example`;
  const memberEmail = `jugendhilfe-${unique()}@floeha.example`;
  const theme = `Graffiti an Bahnunterführungen ${unique()}`;

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

  // The first admin joins through the handed-over link, files a document and invites a member.
  const adminPage = await fresh(browser);
  const acceptAdmin = new AcceptInvitationPage(adminPage);
  await acceptAdmin.open(adminLink);
  await acceptAdmin.acceptAsNewAccount('Kim Hauptamt', 'Hauptamt-Passwort-1');
  await expect(adminPage.getByRole('heading', { level: 1, name: council })).toBeVisible();
  const councilPage = new CouncilPage(adminPage);
  await attachPdf(adminPage, councilPage.idFromUrl(), 'Begehungsprotokoll Bahnhof.pdf');
  await councilPage.openSection('Einladungen');
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

  // Her start page is her overview, with her new council in it.
  await expect(nextDay).toHaveURL(/\/ueberblick$/);
  await expect(nextDay.getByRole('heading', { level: 1, name: 'Mein Überblick' })).toBeVisible();
  const changes = nextDay.getByRole('region', { name: 'Neu in Ihren Präventionsräten' });
  await expect(changes.getByRole('link', { name: council })).toBeVisible();
  await expectAccessible(nextDay);

  // The coordinator invites the new council to an exchange and mentions her in the discussion.
  const form = new CreateExchangePage(coordinator.page);
  await form.goto();
  const exchangeId = await form.open(theme, [council], 'Sachbeschädigung/Graffiti');
  const text = coordinator.page.getByLabel('Neuer Beitrag');
  await text.click();
  await text.pressSequentially('Willkommen! @Mia');
  await coordinator.page
    .getByRole('listbox', { name: 'Personen zum Erwähnen' })
    .getByRole('option', { name: /Mia Mitglied/ })
    .click();
  await text.pressSequentially('wie ist die Lage an der Unterführung?');
  await coordinator.page.getByRole('button', { name: 'Beitrag senden' }).click();
  await expect(new ExchangePage(coordinator.page).posts.last()).toContainText('@Mia Mitglied');

  // She is told at once and finds it under her notifications.
  const alert = nextDay.getByTestId('mention-alert');
  await expect(alert).toContainText(`hat Sie im Austausch „${theme}“ erwähnt`);
  const bell = nextDay.getByRole('link', { name: /Benachrichtigungen, \d+ ungelesen/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(
    nextDay.getByRole('heading', { level: 1, name: 'Benachrichtigungen' }),
  ).toBeVisible();
  const mention = nextDay.getByRole('listitem').filter({ hasText: theme });
  await expect(mention).toContainText('wie ist die Lage an der Unterführung?');
  await expectAccessible(nextDay);
  await mention.getByRole('link').first().click();
  await expect(nextDay).toHaveURL(new RegExp(`/austausch/${exchangeId}#post-`));
  await expect(nextDay.getByRole('heading', { level: 1, name: theme })).toBeVisible();
  await expect(nextDay.getByTestId('post').filter({ hasText: '@Mia Mitglied' })).toBeVisible();
  await expectAccessible(nextDay);

  // The directory finds the admin who invited her, and nobody of councils she is not in.
  await mainNav(nextDay).getByRole('link', { name: 'Mein Überblick' }).click();
  await nextDay.getByRole('link', { name: 'Wer macht was? Zum Mitgliederverzeichnis' }).click();
  const colleague = nextDay.getByRole('article', { name: 'Kim Hauptamt' });
  await expect(colleague).toContainText('Stadtverwaltung Flöha');
  await expect(colleague).toContainText(council);
  await expect(nextDay.getByRole('article', { name: 'Thomas Wagner' })).toHaveCount(0);
  await expectAccessible(nextDay);

  // The council's library holds the document the admin filed.
  await mainNav(nextDay).getByRole('link', { name: 'Mein Überblick' }).click();
  await changes.getByRole('link', { name: council }).click();
  await nextDay.getByRole('link', { name: 'Dateien', exact: true }).click();
  await expect(nextDay.getByRole('heading', { level: 1, name: 'Dateiablage' })).toBeVisible();
  await expect(
    nextDay.getByTestId('library-file').filter({ hasText: 'Begehungsprotokoll Bahnhof.pdf' }),
  ).toContainText('Aufsuchende Straßensozialarbeit am Bahnhof');
  await expectAccessible(nextDay);

  // Search forgives a typo and finds a part of a compound, a person and a council.
  await mainNav(nextDay).getByRole('link', { name: 'Suche' }).click();
  await expect(nextDay.getByRole('heading', { level: 1, name: 'Suche' })).toBeVisible();
  const typo = await searchFor(nextDay, 'Grafiti');
  await expect(typo.filter({ hasText: theme }).locator('mark').first()).toHaveText(/^Graffiti/i);
  await expectAccessible(nextDay);
  // The hit is a longer word that ends in the one searched for, e.g. "Straßensozialarbeit".
  const compound = await searchFor(nextDay, 'Sozialarbeit');
  await expect(
    compound
      .locator('mark')
      .filter({ hasText: /^\p{L}+sozialarbeit$/iu })
      .first(),
  ).toBeVisible();
  const person = (await searchFor(nextDay, 'Hauptamt'))
    .filter({ hasText: 'Kim Hauptamt' })
    .filter({ hasText: /^Person/ });
  await expect(person).toHaveCount(1);
  await nextDay.getByLabel('Art', { exact: true }).selectOption({ label: 'Präventionsrat' });
  const councils = await searchFor(nextDay, municipality);
  await expect(councils.first()).toContainText(council);

  await nextDay.setViewportSize({ width: 360, height: 640 });
  await expectAccessible(nextDay);

  for (const page of [adminPage, memberPage, nextDay]) await page.context().close();
  await operator.context.close();
  await coordinator.context.close();
});
