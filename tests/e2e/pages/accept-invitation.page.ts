import { expect, type Page } from '@playwright/test';

/** The public page behind the invitation link. */
export class AcceptInvitationPage {
  constructor(private readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Einladung in einen Präventionsrat' }),
    ).toBeVisible();
  }

  async acceptAsNewAccount(name: string, password: string): Promise<void> {
    await this.page.getByLabel('Ihr Name').fill(name);
    await this.page.getByLabel('Passwort', { exact: true }).fill(password);
    await this.page.getByLabel('Passwort wiederholen').fill(password);
    await this.page.getByRole('button', { name: 'Zugang anlegen und Einladung annehmen' }).click();
  }
}
