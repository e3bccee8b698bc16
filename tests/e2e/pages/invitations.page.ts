import { expect, type Page } from '@playwright/test';

export interface InviteInput {
  email: string;
  role: 'Geschäftsstelle' | 'Mitglied' | 'Gast (nur lesen)';
  organisationType:
    | 'Polizei'
    | 'Schule oder Kita'
    | 'Verein oder freier Träger'
    | 'Kommunalverwaltung'
    | 'Landespräventionsrat'
    | 'Sonstige';
  organisationName: string;
}

/** The council's invitations page: the form, the list, and the outbox. */
export class InvitationsPage {
  constructor(private readonly page: Page) {}

  async invite(input: InviteInput): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Neue Einladung' });
    await form.getByLabel('E-Mail-Adresse').fill(input.email);
    await form.getByLabel('Rolle').selectOption({ label: input.role });
    await form.getByLabel('Art der Organisation').selectOption({ label: input.organisationType });
    await form.getByLabel('Name der Organisation').fill(input.organisationName);
    await form.getByRole('button', { name: 'Einladung senden' }).click();
    await expect(form.getByRole('status')).toContainText(input.email);
  }

  /** The invitation link as the outbox shows it (no mail server in the tests). */
  async linkFromOutbox(email: string): Promise<string> {
    const link = this.page.getByRole('link', { name: `Einladungslink für ${email}` });
    await expect(link).toBeVisible();
    const href = await link.getAttribute('href');
    if (!href) throw new Error(`no invitation link for ${email}`);
    return href;
  }
}
