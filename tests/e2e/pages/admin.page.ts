import { expect, type Locator, type Page } from '@playwright/test';

export interface FoundCouncilInput {
  name: string;
  municipality: string;
  district: string;
  population?: string;
  firstAdminEmail: string;
  organisationType: 'Polizei' | 'Kommunalverwaltung' | 'Verein oder freier Träger' | 'Sonstige';
  organisationName: string;
}

/** The "Verwaltung" entry in the user menu, shown only to platform admins and coordinators. */
export function adminMenuLink(page: Page): Locator {
  return page.getByRole('group', { name: 'Benutzerkonto' }).getByRole('link', {
    name: 'Verwaltung',
  });
}

/** `/verwaltung/konten`: search, the account table and each row's platform roles. */
export class AccountsPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/verwaltung/konten');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Konten verwalten' }),
    ).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Name oder E-Mail-Adresse suchen' }).fill(text);
    // The search waits for a pause in typing and keeps the address in step.
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}`));
  }

  row(email: string): Locator {
    return this.page.getByRole('row').filter({ hasText: email });
  }

  role(email: string, label: 'Plattform-Administration' | 'Programmkoordination'): Locator {
    return this.row(email).getByRole('checkbox', { name: label });
  }

  async saveRoles(email: string): Promise<void> {
    await this.row(email)
      .getByRole('button', { name: /^Rollen von .+ speichern$/ })
      .click();
  }

  /** The announcement after a successful save. */
  savedStatus(name: string): Locator {
    return this.page.getByRole('status').filter({
      hasText: `Die Rollen von ${name} wurden gespeichert.`,
    });
  }

  refusal(email: string): Locator {
    return this.row(email).getByRole('alert');
  }
}

/** `/verwaltung/rat-gruenden`: the founding form and its confirmation. */
export class FoundCouncilPage {
  constructor(private readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Präventionsrat gründen' }),
    ).toBeVisible();
  }

  async found(input: FoundCouncilInput): Promise<void> {
    const page = this.page;
    await page.getByLabel('Name des Präventionsrats').fill(input.name);
    await page.getByLabel('Gemeinde oder Stadt').fill(input.municipality);
    await page.getByLabel('Landkreis').fill(input.district);
    if (input.population) await page.getByLabel('Einwohnerzahl').fill(input.population);
    const firstAdmin = page.getByRole('group', { name: 'Erste Person in der Geschäftsstelle' });
    await firstAdmin.getByLabel('E-Mail-Adresse').fill(input.firstAdminEmail);
    await firstAdmin
      .getByLabel('Art der Organisation')
      .selectOption({ label: input.organisationType });
    await firstAdmin.getByLabel('Name der Organisation').fill(input.organisationName);
    await page.getByRole('button', { name: 'Präventionsrat gründen' }).click();
  }

  confirmation(name: string): Locator {
    return this.page.getByRole('region', { name: `${name} ist gegründet` });
  }
}
