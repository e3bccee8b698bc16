import { expect, test, type Browser, type Page } from '@playwright/test';
import { LoginPage } from './pages/login.page';
import { outbox } from './pages/training.page';
import { joinGlauchau } from './pages/new-member';
import { DEMO, expectAccessible } from './support';

const PLATFORM_ADMIN = 'admin@praeventionsnetz.example';
const PASSWORD = 'Mein-Passwort-2026';
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function signedIn(browser: Browser, email: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/anmelden');
  await new LoginPage(page).signIn(email, password);
  await new LoginPage(page).expectStartPage();
  return { context, page };
}

/** A fresh account in Glauchau, signed in on `page`. */
function newMember(browser: Browser, page: Page, email: string): Promise<void> {
  return joinGlauchau(browser, page, {
    email,
    name: 'Mika Adresswechsel',
    password: PASSWORD,
    organisationType: 'Polizei',
    organisationName: 'Polizeirevier Glauchau',
  });
}

test.describe('the own account on the profile page', () => {
  test('changes the e-mail address through the link mailed to the new one', async ({
    page,
    browser,
  }) => {
    const email = `alt-${unique()}@glauchau.example`;
    const next = `neu-${unique()}@glauchau.example`;
    await newMember(browser, page, email);
    const admin = await signedIn(browser, PLATFORM_ADMIN, DEMO.password);

    await page.goto('/profil');
    const form = page.getByRole('region', { name: 'E-Mail-Adresse ändern' });
    await form.getByLabel('Neue E-Mail-Adresse').fill(next);
    await form.getByLabel('Ihr Passwort (zur Bestätigung)').fill('Falsches-Passwort-1');
    await form.getByRole('button', { name: 'Bestätigungslink senden' }).click();
    await expect(form.getByText('Das Passwort ist falsch.')).toBeVisible();
    await form.getByLabel('Ihr Passwort (zur Bestätigung)').fill(PASSWORD);
    await form.getByRole('button', { name: 'Bestätigungslink senden' }).click();
    await expect(form.getByRole('status')).toContainText(next);
    await expectAccessible(page);

    let link = '';
    await expect
      .poll(async () => {
        const mail = (await outbox(admin.page)).find((m) => m.to === next);
        link =
          /https?:\/\/\S+\/email-bestaetigen#[A-Za-z0-9_-]{43}/.exec(mail?.text ?? '')?.[0] ?? '';
        return link;
      })
      .not.toBe('');
    await page.goto(link);
    await expect(page.getByRole('status')).toContainText(`Ihre neue E-Mail-Adresse ${next}`);
    await expectAccessible(page);

    const fresh = await signedIn(browser, next, PASSWORD);
    await fresh.page.goto('/profil');
    await expect(fresh.page.getByText(`Ihre Adresse ist ${next}`)).toBeVisible();
    await fresh.context.close();
    await admin.context.close();
  });

  test('signs every other device out at once', async ({ page, browser }) => {
    const email = `geraete-${unique()}@glauchau.example`;
    await newMember(browser, page, email);
    const laptop = await signedIn(browser, email, PASSWORD);
    const tablet = await signedIn(browser, email, PASSWORD);

    await page.goto('/profil');
    const devices = page.getByRole('list', { name: 'Angemeldete Geräte' });
    await expect(devices.getByRole('listitem')).toHaveCount(3);
    await page.getByRole('button', { name: 'Alle anderen Geräte abmelden' }).click();
    await expect(page.getByText('2 Geräte wurden abgemeldet.')).toBeVisible();
    await expect(devices.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Alle anderen Geräte abmelden' })).toHaveCount(0);
    await expectAccessible(page);

    for (const other of [laptop, tablet]) {
      await other.page.reload();
      await new LoginPage(other.page).expectShown();
      await other.context.close();
    }
  });
});
