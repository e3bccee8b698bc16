import { expect, test, type Page } from '@playwright/test';
import { LoginPage } from './pages/login.page';
import { DEMO, expectAccessible } from './support';

async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, DEMO.password);
  await new LoginPage(page).expectStartPage();
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

const SECTIONS = [
  'Fällige Maßnahmen',
  'Erwähnungen',
  'Nächste Sitzungen',
  'Neu in Ihren Präventionsräten',
];

test.describe('Mein Überblick', () => {
  test('a member sees what is due and what changed in their own council only', async ({ page }) => {
    await signInAs(page, DEMO.glauchauPolice);
    // The overview is a member's start page; the brand link and `/` lead back to it.
    await expect(page).toHaveURL(/\/ueberblick$/);
    await page.goto('/raete');
    await expect(page.getByRole('heading', { level: 1, name: 'Präventionsräte' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Mein Überblick' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mein Überblick' })).toBeVisible();
    for (const name of SECTIONS) {
      await expect(page.getByRole('region', { name })).toBeVisible();
    }
    const councils = page.getByRole('region', { name: 'Neu in Ihren Präventionsräten' });
    await expect(
      councils.getByRole('link', { name: 'Kommunaler Präventionsrat Glauchau' }),
    ).toBeVisible();
    await expect(councils).not.toContainText('Königswartha');
    await expect(page.getByRole('link', { name: /Programmübersicht/ })).toHaveCount(0);
    await expectAccessible(page);

    // A reload within the visit keeps the same baseline and says so.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Mein Überblick' })).toBeVisible();
    await page.setViewportSize({ width: 360, height: 640 });
    await expect(page.getByRole('region', { name: 'Fällige Maßnahmen' })).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    await councils.getByRole('link', { name: 'Kommunaler Präventionsrat Glauchau' }).click();
    await expect(page).toHaveURL(/\/raete\/[0-9a-f]{24}\/aktivitaet$/);
  });

  test('a coordinator starts on the programme overview and has her own overview too', async ({
    page,
  }) => {
    await signInAs(page, DEMO.coordinator);
    await expect(page).toHaveURL(/\/programm$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Programmübersicht' })).toBeVisible();
    await page.goto('/ueberblick');
    await expect(page.getByRole('heading', { level: 1, name: 'Mein Überblick' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Präventionsnetz – zur Startseite' }).click();
    await expect(page).toHaveURL(/\/programm$/);
    await page.goto('/ueberblick');
    await page.getByRole('link', { name: 'Zur Programmübersicht der Koordination' }).click();
    await expect(page).toHaveURL(/\/programm$/);
  });
});
