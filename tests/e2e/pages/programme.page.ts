import { expect, type Locator, type Page } from '@playwright/test';

/** The programme dashboard (`/programm`) as a coordinator sees it. */
export class ProgrammeDashboard {
  constructor(readonly page: Page) {}

  async open(day?: string): Promise<void> {
    await this.page.goto(day ? `/programm?stand=${day}` : '/programm');
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Programmübersicht' }),
    ).toBeVisible();
    await expect(this.figure('advised')).toBeVisible({ timeout: 15_000 });
  }

  /** The value of one figure card (`contacted`, `advised`, `closeCooperation`, `councils`, …). */
  figure(key: string): Locator {
    return this.page.locator(`[data-figure="${key}"] .programme-figure__value`);
  }

  /** Waits for a figure: computing a day's figures takes a moment on the embedded database. */
  async expectFigure(key: string, value: string): Promise<void> {
    await expect(this.figure(key)).toHaveText(value, { timeout: 15_000 });
  }

  figureCard(key: string): Locator {
    return this.page.locator(`[data-figure="${key}"]`);
  }

  async choosePreset(name: 'Mai 2021' | 'November 2021' | 'Ende 2022' | 'Heute'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
    await expect(this.page.getByRole('button', { name, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  }

  async chooseDay(day: string): Promise<void> {
    await this.page.getByLabel('Stand (Datum)').fill(day);
    await this.page.getByRole('button', { name: 'Anzeigen' }).click();
  }

  marker(municipality: string): Locator {
    return this.page
      .getByRole('group', { name: 'Karte von Sachsen mit den Kommunen im Programm' })
      .getByRole('button', {
        name: new RegExp(`^${municipality}:`),
      });
  }

  /** The chart's data table: the value of a series on the last (current) day. */
  async openTrendTable(): Promise<void> {
    await this.page.getByText('Werte als Tabelle anzeigen').click();
  }

  trendLatest(series: string): Locator {
    return this.page
      .locator('.programme-trend__table tbody tr')
      .last()
      .locator(`[data-series="${series}"]`);
  }

  async openMunicipality(name: string): Promise<void> {
    await this.page
      .getByRole('table', { name: /Kommunen und ihr Stand/ })
      .getByRole('link', { name, exact: true })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible({
      timeout: 15_000,
    });
  }
}
