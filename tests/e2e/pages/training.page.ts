import { expect, type Page } from '@playwright/test';

/** A mail as the outbox API returns it. */
export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
  attachments: Array<{ filename: string; contentType: string; content: string }>;
}

/** Reads the outbox as the platform admin (no SMTP server in the e2e run: mail lands there). */
export async function outbox(admin: Page): Promise<OutboxMail[]> {
  const res = await admin.request.get('/api/outbox');
  return ((await res.json()) as { items: OutboxMail[] }).items;
}

/** `/fortbildung/neu` */
export class OfferFormPage {
  constructor(private readonly page: Page) {}

  async create(offer: {
    title: string;
    startsAt: string;
    endsAt: string;
    place: string;
    capacity: number;
  }) {
    await this.page.getByLabel('Art', { exact: true }).selectOption('seminar');
    await this.page.getByLabel('Format', { exact: true }).selectOption('in_person');
    await this.page.getByLabel('Titel', { exact: true }).fill(offer.title);
    await this.page
      .getByLabel('Kurzbeschreibung', { exact: true })
      .fill('Legale Flächen und schnelle Entfernung');
    await this.page.getByRole('checkbox', { name: 'Sachbeschädigung/Graffiti' }).check();
    await this.page.getByRole('checkbox', { name: 'Koordination der Präventionsräte' }).check();
    await this.page.getByLabel('Beginn', { exact: true }).fill(offer.startsAt);
    await this.page.getByLabel('Ende', { exact: true }).fill(offer.endsAt);
    await this.page.getByLabel('Ort', { exact: true }).fill(offer.place);
    await this.page.getByLabel('Plätze', { exact: true }).fill(String(offer.capacity));
    await this.page
      .getByLabel('Name der Ansprechperson', { exact: true })
      .fill('Fortbildungsteam LPR');
    await this.page
      .getByLabel('E-Mail der Ansprechperson', { exact: true })
      .fill('fortbildung@lpr.example');
    await this.page.getByRole('button', { name: 'Angebot veröffentlichen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: offer.title })).toBeVisible();
    return this.page.url().split('/').pop()!;
  }
}

/** Fails when the page scrolls sideways (phones). */
export async function expectNoSideways(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
