import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from './pages/login.page';
import { DEMO, expectAccessible } from './support';

async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, DEMO.password);
  await new LoginPage(page).expectStartPage();
}

const person = (page: Page, name: string) => page.getByRole('article', { name });

test.describe('member directory', () => {
  test('a member finds colleagues of their own council only, and filters them', async ({
    page,
  }) => {
    await signInAs(page, DEMO.glauchauPolice);
    await page.goto('/ueberblick');
    await page.getByRole('link', { name: 'Wer macht was? Zum Mitgliederverzeichnis' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mitgliederverzeichnis' }),
    ).toBeVisible();
    await expect(person(page, 'Anja Lehmann')).toContainText('Oberschule Glauchau');
    await expect(person(page, 'Anja Lehmann')).toContainText('Kommunaler Präventionsrat Glauchau');
    await expect(person(page, 'Petra Neumann')).toHaveCount(0);
    await expectAccessible(page);

    await page.getByLabel('Name, Organisation oder Präventionsrat').fill('streetwork');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'gefunden' })).toHaveText(
      '1 Person gefunden.',
    );
    await expect(person(page, 'Marco Schulz')).toBeVisible();
    await expect(page).toHaveURL(/q=streetwork/);

    await page.getByRole('link', { name: 'Filter zurücksetzen' }).click();
    await expect(page.getByLabel('Name, Organisation oder Präventionsrat')).toHaveValue('');
    await page.getByLabel('Art der Organisation').selectOption({ label: 'Polizei' });
    await page.getByRole('button', { name: 'Filtern' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'gefunden' })).toHaveText(
      '1 Person gefunden.',
    );
    await expect(person(page, 'Jens Richter')).toBeVisible();

    await page.setViewportSize({ width: 360, height: 640 });
    await expectAccessible(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a coordinator finds people in every council', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    await page.goto('/verzeichnis');
    await expect(person(page, 'Anja Lehmann')).toBeVisible();
    await expect(person(page, 'Petra Neumann')).toBeVisible();
    await page
      .getByLabel('Präventionsrat', { exact: true })
      .selectOption({ label: 'Kommunaler Präventionsrat Königswartha' });
    await page.getByRole('button', { name: 'Filtern' }).click();
    await expect(person(page, 'Petra Neumann')).toBeVisible();
    await expect(person(page, 'Anja Lehmann')).toHaveCount(0);
    await expectAccessible(page);
  });
});
