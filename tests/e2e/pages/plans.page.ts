import {
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { LoginPage } from './login.page';
import { DEMO } from '../support';

/** A browser context signed in as one demo user: one person at their own PC. */
export interface Person {
  context: BrowserContext;
  page: Page;
}

export async function signIn(browser: Browser, email: string): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, DEMO.password);
  await new LoginPage(page).expectStartPage();
  return { context, page };
}

/** The `Cookie` header of a signed-in context, for clients outside the browser. */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

export async function workspaceIdOf(page: Page, municipality: string): Promise<string> {
  const response = await page.request.get('/api/workspaces');
  const { items } = (await response.json()) as {
    items: Array<{ id: string; municipality: string }>;
  };
  const council = items.find((item) => item.municipality === municipality);
  if (!council) throw new Error(`no council ${municipality}`);
  return council.id;
}

export async function planIdOf(page: Page, workspaceId: string, title: string): Promise<string> {
  const response = await page.request.get(`/api/workspaces/${workspaceId}/plans`);
  const { items } = (await response.json()) as { items: Array<{ id: string; title: string }> };
  const plan = items.find((item) => item.title === title);
  if (!plan) throw new Error(`no plan ${title}`);
  return plan.id;
}

/** `/raete/:id/plaene` */
export class PlanListPage {
  constructor(private readonly page: Page) {}

  async goto(workspaceId: string): Promise<void> {
    await this.page.goto(`/raete/${workspaceId}/plaene`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Pläne – / })).toBeVisible();
  }

  plan(title: string): Locator {
    return this.page.getByRole('tabpanel').getByRole('listitem').filter({ hasText: title });
  }

  /** Creates a plan through the dialog and returns its id once its editor is open. */
  async createPlan(title: string, kind = 'Protokoll'): Promise<string> {
    await this.page.getByRole('button', { name: 'Neuen Plan anlegen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Neuen Plan anlegen' });
    await dialog.getByLabel('Titel').fill(title);
    await dialog.getByLabel('Art').selectOption({ label: kind });
    await dialog.getByRole('button', { name: 'Anlegen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const id = /\/plaene\/([0-9a-f]{24})$/.exec(this.page.url())?.[1];
    if (!id) throw new Error(`not on a plan page: ${this.page.url()}`);
    return id;
  }
}

/** `/plaene/:id` */
export class PlanEditorPage {
  readonly editor: Locator;
  readonly sync: Locator;
  readonly presence: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('textbox', { name: 'Text', exact: true });
    this.sync = page.locator('.sync');
    this.presence = page.getByRole('list', { name: 'Jetzt hier:' });
  }

  async goto(planId: string): Promise<void> {
    await this.page.goto(`/plaene/${planId}`);
    await expect(this.editor).toBeVisible();
  }

  /** After a reconnect the client first waits out Socket.IO's backoff (up to 5 s), then syncs. */
  async expectConnected(): Promise<void> {
    await expect(this.sync).toHaveText(/Verbunden/, { timeout: 15_000 });
  }

  /** Types a new paragraph at the end of the text. */
  async typeParagraph(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
  }

  /**
   * Types a new paragraph at the start of the text, while someone else writes at its end. (Two
   * people pressing Enter at the very same end position split one paragraph twice at once; where
   * each one's following keystrokes land then depends on timing.)
   */
  async typeParagraphAtStart(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The text block by block, without the name labels of other people's cursors. */
  async text(): Promise<string> {
    return this.editor.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.caret').forEach((caret) => caret.remove());
      return Array.from(copy.children, (block) => block.textContent ?? '').join('\n');
    });
  }

  measureRow(title: string): Locator {
    return this.page
      .getByRole('table', { name: 'Maßnahmen des Plans' })
      .getByRole('row')
      .filter({ hasText: title });
  }

  async addMeasure(
    title: string,
    fields: { deadline?: string; status?: string } = {},
  ): Promise<void> {
    await this.page.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
    const form = this.page.locator('.measure-form');
    await expect(form.getByLabel('Titel')).toBeFocused();
    await this.page.keyboard.type(title);
    if (fields.deadline) await form.getByLabel('Frist').fill(fields.deadline);
    if (fields.status) await form.getByLabel('Status').selectOption({ label: fields.status });
    await this.page.getByRole('button', { name: `Bearbeitung von „${title}“ beenden` }).click();
  }
}
