import { expect, type Page } from '@playwright/test';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/anmelden/);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.page.getByLabel('E-Mail-Adresse').fill(email);
    await this.page.getByLabel('Passwort').fill(password);
    await this.page.getByRole('button', { name: 'Anmelden' }).click();
  }

  /**
   * After signing in: the start page of the person's role, the personal overview for members,
   * the programme overview for coordinators.
   */
  async expectStartPage(): Promise<void> {
    await expect(this.page).toHaveURL(/\/(ueberblick|programm)$/);
    await expect(
      this.page.getByRole('heading', { level: 1, name: /^(Mein Überblick|Programmübersicht)$/ }),
    ).toBeVisible();
  }
}
