import { expect, test, type Page } from '@playwright/test';
import { AcceptInvitationPage } from './pages/accept-invitation.page';
import { CouncilPage } from './pages/council.page';
import { InvitationsPage } from './pages/invitations.page';
import { LoginPage } from './pages/login.page';
import { DEMO, expectAccessible } from './support';

const GLAUCHAU = 'Kommunaler Präventionsrat Glauchau';
const NEW_PASSWORD = 'Sicheres-Passwort-2026';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, DEMO.password);
  await new LoginPage(page).expectStartPage();
}

test.describe('council workspaces', () => {
  test('an admin invites a police officer and a teacher; both accept through the link and appear with their organisations', async ({
    page,
    browser,
  }) => {
    // Three people and two browsers on a shared, slow machine: more time than a single page needs.
    test.setTimeout(180_000);
    const officer = { email: `polizist-${unique()}@glauchau.example`, name: 'Kai Polizeimeister' };
    const teacher = { email: `lehrerin-${unique()}@glauchau.example`, name: 'Lena Lehrerin' };

    await signIn(page, DEMO.glauchauAdmin);
    const council = new CouncilPage(page);
    await council.openFromList(GLAUCHAU);
    await expectAccessible(page);
    await council.openSection('Einladungen');
    const invitations = new InvitationsPage(page);
    await invitations.invite({
      email: officer.email,
      role: 'Mitglied',
      organisationType: 'Polizei',
      organisationName: 'Polizeirevier Glauchau',
    });
    await invitations.invite({
      email: teacher.email,
      role: 'Mitglied',
      organisationType: 'Schule oder Kita',
      organisationName: 'Oberschule Glauchau',
    });
    await expect(page.getByRole('row', { name: new RegExp(officer.email) })).toContainText('offen');
    await expectAccessible(page);

    for (const person of [officer, teacher]) {
      const link = await invitations.linkFromOutbox(person.email);
      // The invitee opens the link in their own browser.
      const context = await browser.newContext();
      const invitee = await context.newPage();
      const accept = new AcceptInvitationPage(invitee);
      await accept.open(link);
      await expectAccessible(invitee);
      await accept.acceptAsNewAccount(person.name, NEW_PASSWORD);
      await expect(invitee.getByRole('heading', { level: 1, name: GLAUCHAU })).toBeVisible();
      await expect(
        invitee
          .getByRole('region', { name: 'Polizei' })
          .or(invitee.getByRole('region', { name: 'Schule oder Kita' }))
          .first(),
      ).toBeVisible();
      await context.close();
    }

    await council.openSection('Mitglieder');
    await expect(council.memberRow(officer.name)).toContainText('Polizeirevier Glauchau');
    await expect(council.memberRow(officer.name)).toContainText('Polizei');
    await expect(council.memberRow(teacher.name)).toContainText('Schule oder Kita');
    await expect(council.memberRow(teacher.name)).toContainText('Mitglied');
    await expectAccessible(page);

    // The invitations now read as accepted, and the link cannot be used twice.
    await council.openSection('Einladungen');
    await expect(page.getByRole('row', { name: new RegExp(officer.email) })).toContainText(
      'angenommen',
    );
  });

  test('a guest sees no editing controls, and the server refuses changes anyway', async ({
    page,
  }) => {
    await signIn(page, DEMO.glauchauGuest);
    const council = new CouncilPage(page);
    await council.openFromList(GLAUCHAU);
    await expect(page.getByText('Sie sind Gast in diesem Präventionsrat')).toBeVisible();
    await expect(council.nav().getByRole('link')).toHaveText([
      'Übersicht',
      'Sicherheitsanalyse',
      'Mitglieder',
      'Dateien',
    ]);

    await council.openSection('Mitglieder');
    await expect(page.getByRole('row').first()).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^Rolle von/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /entfernen/i })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Organisation speichern' })).toHaveCount(0);
    await expect(
      page.getByText('Sie sehen die Mitglieder, können aber nichts ändern.'),
    ).toBeVisible();
    await expectAccessible(page);

    const id = council.idFromUrl();
    await page.goto(`/raete/${id}/einstellungen`);
    await expect(
      page.getByText('Die Einstellungen ändert die Geschäftsstelle des Präventionsrats.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Einstellungen speichern' })).toHaveCount(0);

    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as {
      csrfToken: string;
    };
    const refused = await page.request.patch(`/api/workspaces/${id}`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { description: 'Vom Gast geändert' },
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.id).toBe('forbidden');
  });

  test('the admin reads the audit log and changes the settings', async ({ page }) => {
    await signIn(page, DEMO.glauchauAdmin);
    const council = new CouncilPage(page);
    await council.openFromList(GLAUCHAU);
    await council.openSection('Protokoll');
    const table = page.getByRole('table');
    await expect(
      table.getByRole('rowheader', { name: 'Anmeldung der Geschäftsstelle' }).first(),
    ).toBeVisible();
    await page.getByLabel('Was').selectOption({ label: 'ist beigetreten' });
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await expect(
      table.getByRole('rowheader', { name: 'Anmeldung der Geschäftsstelle' }),
    ).toHaveCount(0);
    await expect(table.getByRole('rowheader', { name: 'ist beigetreten' }).first()).toBeVisible();
    await expectAccessible(page);

    await council.openSection('Einstellungen');
    await page
      .getByLabel('Beschreibung')
      .fill('Präventionsrat der Stadt Glauchau – aktualisiert im Test.');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Die Einstellungen wurden gespeichert.' }),
    ).toBeVisible();
    await expectAccessible(page);
    await council.openSection('Übersicht');
    await expect(page.getByText('aktualisiert im Test')).toBeVisible();
  });

  test('a new member exports their data and deletes their account', async ({ page, browser }) => {
    const email = `kurzzeit-${unique()}@glauchau.example`;
    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await signIn(adminPage, DEMO.glauchauAdmin);
    await new CouncilPage(adminPage).openFromList(GLAUCHAU);
    await new CouncilPage(adminPage).openSection('Einladungen');
    const invitations = new InvitationsPage(adminPage);
    await invitations.invite({
      email,
      role: 'Mitglied',
      organisationType: 'Verein oder freier Träger',
      organisationName: 'Jugendclub',
    });
    const link = await invitations.linkFromOutbox(email);

    const accept = new AcceptInvitationPage(page);
    await accept.open(link);
    await accept.acceptAsNewAccount('Robin Kurzzeit', NEW_PASSWORD);
    await expect(page.getByRole('heading', { level: 1, name: GLAUCHAU })).toBeVisible();

    await page.getByRole('link', { name: 'Mein Profil' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mein Profil' })).toBeVisible();
    await expectAccessible(page);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Meine Daten herunterladen' }).click();
    expect((await download).suggestedFilename()).toMatch(
      /^praeventionsnetz-meine-daten-\d{4}-\d{2}-\d{2}\.json$/,
    );

    await page.getByLabel('Zur Bestätigung: Ihr Passwort').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Zugang endgültig löschen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Zugang wirklich löschen?' });
    // "Abbrechen" has focus first, so Enter alone never deletes; Escape closes without deleting.
    await expect(confirm.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await page.getByRole('button', { name: 'Zugang endgültig löschen' }).click();
    await confirm.getByRole('button', { name: 'Zugang endgültig löschen' }).click();
    await new LoginPage(page).expectShown();

    // In the council the accepted invitation now names a former member.
    await adminPage.reload();
    await expect(adminPage.getByRole('row', { name: /ehemaliges Mitglied/ }).first()).toContainText(
      'angenommen',
    );
    await admin.close();
  });

  test('an unknown invitation link says so, accessibly', async ({ page }) => {
    await page.goto(`/einladung/${'x'.repeat(43)}`);
    await expect(page.getByRole('alert')).toContainText('Diese Einladung gibt es nicht.');
    await expectAccessible(page);
  });
});
