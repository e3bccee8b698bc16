import { expect, type Locator, type Page } from '@playwright/test';

/** A project page: its updates, the posting form with mentions and files, comments. */
export class ProjectPage {
  constructor(private readonly page: Page) {}

  /** Opens a council's project list through the council's navigation, then the project. */
  async open(council: string, title: string): Promise<void> {
    await this.page.goto('/raete');
    await this.page.getByRole('link', { name: council }).click();
    await this.page
      .getByRole('navigation', { name: /^Projekte und Aktivität von/ })
      .getByRole('link', { name: 'Projekte' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeVisible();
    await this.page.getByRole('link', { name: title }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  postForm(): Locator {
    return this.page.getByRole('form', { name: 'Update posten' });
  }

  /** Writes an update, mentions a person by typing @ and the start of their surname, attaches an image. */
  async postUpdate(input: {
    text: string;
    mention?: string;
    image?: { name: string; bytes: Buffer; description: string };
  }): Promise<void> {
    const form = this.postForm();
    const text = form.getByLabel('Was ist passiert?');
    await text.fill(`${input.text} `);
    if (input.mention) {
      const surname = input.mention.split(' ').pop()!;
      await text.press('End');
      await text.pressSequentially(`@${surname.slice(0, 4)}`);
      await form
        .getByRole('listbox', { name: 'Personen zum Erwähnen' })
        .getByRole('option', { name: new RegExp(input.mention) })
        .click();
      await expect(text).toHaveValue(new RegExp(`@${input.mention} $`));
    }
    if (input.image) {
      await form.getByLabel('Bilder und Dateien (optional)').setInputFiles({
        name: input.image.name,
        mimeType: 'image/png',
        buffer: input.image.bytes,
      });
      await form
        .getByLabel(`Bildbeschreibung für ${input.image.name} (für Screenreader)`)
        .fill(input.image.description);
    }
    await form.getByRole('button', { name: 'Update posten' }).click();
  }
}
