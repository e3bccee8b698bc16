import { expect, type Locator, type Page } from '@playwright/test';

/** `/austausch/neu`: the form a coordinator opens an exchange with. */
export class CreateExchangePage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/austausch');
    await this.page.getByRole('link', { name: 'Austausch eröffnen' }).click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Austausch eröffnen' }),
    ).toBeVisible();
  }

  /** Fills and sends the form; resolves with the new exchange's id once its page is open. */
  async open(theme: string, councils: string[], field: string): Promise<string> {
    await this.page.getByLabel('Thema').fill(theme);
    await this.page
      .getByLabel('Worum geht es?')
      .fill('Erfahrungen mit legalen Flächen, Wandbildern und schneller Beseitigung.');
    await this.page.getByRole('group', { name: 'Handlungsfelder' }).getByLabel(field).check();
    for (const council of councils)
      await this.page
        .getByRole('group', { name: 'Eingeladene Präventionsräte' })
        .getByLabel(council)
        .check();
    await this.page.getByRole('button', { name: 'Austausch eröffnen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: theme })).toBeVisible();
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }
}

/** `/austausch/:id`: discussion, meetings and files. */
export class ExchangePage {
  readonly posts: Locator;

  constructor(private readonly page: Page) {
    this.posts = page.getByTestId('post');
  }

  async goto(exchangeId: string, title: string): Promise<void> {
    await this.page.goto(`/austausch/${exchangeId}`);
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Diskussion' })).toBeVisible();
  }

  async post(text: string): Promise<void> {
    await this.page.getByLabel('Neuer Beitrag').fill(text);
    await this.page.getByRole('button', { name: 'Beitrag senden' }).click();
  }

  /** Plans a meeting through the form and resolves with its id once its page is open. */
  async planMeeting(title: string, startsAt: string): Promise<string> {
    await this.page.getByRole('button', { name: 'Sitzung planen' }).click();
    await this.page.getByLabel('Titel der Sitzung', { exact: true }).fill(title);
    await this.page.getByLabel('Beginn', { exact: true }).fill(startsAt);
    await this.page.getByLabel('Ort', { exact: true }).fill('Rathaus Glauchau');
    await this.page.getByLabel('Tagesordnung', { exact: true }).fill('Begrüßung\nLegale Flächen');
    await this.page.getByRole('button', { name: 'Sitzung anlegen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }
}

/** `/sitzungen/:id`: the meeting with its live minutes. */
export class MeetingPage {
  readonly minutes: Locator;
  readonly sync: Locator;

  constructor(private readonly page: Page) {
    this.minutes = page.getByRole('textbox', { name: 'Protokoll', exact: true });
    this.sync = page.getByRole('status').filter({ hasText: /Verbunden|Synchronisiere|Offline/ });
  }

  async goto(meetingId: string): Promise<void> {
    await this.page.goto(`/sitzungen/${meetingId}`);
    await expect(this.minutes).toBeVisible();
  }

  async expectConnected(): Promise<void> {
    await expect(this.sync).toHaveText(/Verbunden/);
  }

  async typeParagraph(text: string): Promise<void> {
    await this.minutes.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
  }

  /** Types a new paragraph at the start of the text (while someone else writes at its end). */
  async typeParagraphAtStart(text: string): Promise<void> {
    await this.minutes.click();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  async text(): Promise<string> {
    return this.minutes.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.caret').forEach((caret) => caret.remove());
      return Array.from(copy.children, (block) => block.textContent ?? '').join('\n');
    });
  }
}
