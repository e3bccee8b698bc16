import { expect, type Locator, type Page } from '@playwright/test';

/** A council's pages: its section navigation and the members table. */
export class CouncilPage {
  constructor(private readonly page: Page) {}

  /** Opens the council from the list of councils at /raete. */
  async openFromList(name: string): Promise<void> {
    await this.page.goto('/raete');
    await this.page.getByRole('link', { name }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: /^Bereiche von/ });
  }

  async openSection(
    label: 'Übersicht' | 'Mitglieder' | 'Einladungen' | 'Protokoll' | 'Einstellungen',
  ): Promise<void> {
    await this.nav().getByRole('link', { name: label }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: label === 'Übersicht' ? /./ : label }),
    ).toBeVisible();
  }

  /** The row of a member in the members table, found by name. */
  memberRow(name: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(name) }) });
  }

  /** The council's id, from the address of one of its pages. */
  idFromUrl(): string {
    const match = /\/raete\/([0-9a-f]{24})/.exec(this.page.url());
    if (!match) throw new Error(`not on a council page: ${this.page.url()}`);
    return match[1]!;
  }
}
