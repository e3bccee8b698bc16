import { expect, type Page } from '@playwright/test';
import { outbox } from './training.page';

/** "Passwort vergessen?" and the page behind the link in the reset mail. */
export class PasswordResetPages {
  constructor(private readonly page: Page) {}

  /** From the sign-in page, asks for a link to the address. */
  async requestLink(email: string): Promise<void> {
    await this.page.goto('/anmelden');
    await this.page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Passwort vergessen' }),
    ).toBeVisible();
    await this.page.getByLabel('E-Mail-Adresse').fill(email);
    await this.page.getByRole('button', { name: 'Link anfordern' }).click();
    await expect(this.page.getByRole('status')).toContainText(email);
  }

  async setPassword(link: string, password: string, repeat = password): Promise<void> {
    await this.page.goto(link);
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Neues Passwort festlegen' }),
    ).toBeVisible();
    await this.page.getByLabel('Neues Passwort', { exact: true }).fill(password);
    await this.page.getByLabel('Neues Passwort wiederholen').fill(repeat);
    await this.page.getByRole('button', { name: 'Passwort speichern' }).click();
  }
}

/**
 * The reset link in the latest mail to the address, read from the outbox by a platform admin
 * (no SMTP server in the e2e run: mail lands there), once it has arrived.
 */
export async function resetLinkFor(admin: Page, email: string, not?: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const mail = (await outbox(admin)).find(
        (m) => m.to === email && m.subject.includes('neues Passwort'),
      );
      link = /https?:\/\/\S+\/passwort-neu#[A-Za-z0-9_-]{43}/.exec(mail?.text ?? '')?.[0];
      return link !== undefined && link !== not;
    })
    .toBe(true);
  return link!;
}
