import fs from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cleanRegister, windows1252Register } from '../support/analysis-register';
import { signIn, workspaceIdOf, type Person } from './pages/plans.page';
import { DEMO, expectAccessible } from './support';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const CODE =
  /\b[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]\b/g;
const people: Person[] = [];

test.afterEach(async () => {
  while (people.length > 0) await people.pop()!.context.close();
});

/** axe at desktop and phone width, and nothing wider than the phone's screen. */
async function checkBothSizes(page: Page): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await expectAccessible(page);
  await page.setViewportSize(PHONE);
  await expectAccessible(page);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
}

test.describe('security analysis', () => {
  test.describe.configure({ timeout: 300_000 });

  test('the council office imports the register, draws the sample and prints the letters', async ({
    browser,
  }) => {
    const admin = await signIn(browser, DEMO.glauchauAdmin);
    people.push(admin);
    const { page } = admin;
    const workspaceId = await workspaceIdOf(page, 'Glauchau');

    await page.goto(`/raete/${workspaceId}`);
    await page.getByRole('link', { name: 'Sicherheitsanalyse', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sicherheitsanalyse' })).toBeVisible();
    await checkBothSizes(page);
    await page.getByLabel('Titel').fill('Sicherheitsanalyse Glauchau 2027');
    await page.getByRole('button', { name: 'Sicherheitsanalyse anlegen' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sicherheitsanalyse Glauchau 2027' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Feldphase', level: 3 })).toBeVisible();
    await checkBothSizes(page);

    // A 5,000-row Windows-1252 register with 3 bad rows: exactly those are reported.
    const register = windows1252Register(5000);
    await page.getByLabel('Datei (CSV oder XLSX)').setInputFiles({
      name: 'melderegister.csv',
      mimeType: 'text/csv',
      buffer: register.bytes,
    });
    await expect(page.getByTestId('register-detected')).toContainText(
      'Zeichensatz windows-1252, Trennzeichen ;, 5000 Zeilen',
    );
    await expect(page.getByLabel('Ortsteil', { exact: true })).toHaveValue('Ortsteil');
    await page.getByRole('button', { name: 'Auszug übernehmen' }).click();
    const problems = page.getByTestId('register-problems').getByRole('listitem');
    await expect(problems).toHaveCount(3);
    for (const [index, bad] of register.bad.entries())
      await expect(problems.nth(index)).toContainText(`line ${bad.line}`);
    await expect(page.getByText('3 Probleme – es wurde nichts übernommen:')).toBeVisible();
    await checkBothSizes(page);

    // The corrected delivery goes in.
    await page.getByLabel('Datei (CSV oder XLSX)').setInputFiles({
      name: 'melderegister-korrigiert.csv',
      mimeType: 'text/csv',
      buffer: cleanRegister(5000, { encoding: 'windows-1252' }),
    });
    await expect(page.getByTestId('register-detected')).toContainText('5000 Zeilen');
    await page.getByRole('button', { name: 'Auszug übernehmen' }).click();
    await expect(page.getByText('5000 Personen übernommen.')).toBeVisible();

    // The calculator: ±5 points at 40 % return from 5,000 residents (finite population).
    await expect(page.getByTestId('sample-calculator')).toHaveText(
      'Benötigt: 357 Antworten, also 893 Anschreiben.',
    );
    await page.getByLabel('Umfang (Anschreiben)').fill('1000');
    await page.getByLabel('Startwert (leer: zufällig)').fill('glauchau-2027');
    await page.getByRole('button', { name: 'Stichprobe ziehen' }).click();
    await expect(page.getByTestId('sample-drawn')).toContainText(
      'Gezogen: 1000 Personen mit dem Startwert „glauchau-2027“',
    );
    await checkBothSizes(page);

    const download = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByRole('button', { name: 'Anschreiben erstellen' }).click();
    const file = await (await download).path();
    await expect(page.getByTestId('letters-made')).toHaveText('1000 Anschreiben erstellt.');
    const pdf = await getDocument({ data: new Uint8Array(await fs.readFile(file)) }).promise;
    expect(pdf.numPages).toBe(1000);
    const codes = new Set<string>();
    for (const number of [1, 2, 500, 1000]) {
      const content = await (await pdf.getPage(number)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      for (const code of text.match(CODE) ?? []) codes.add(code);
    }
    expect(codes.size).toBe(4);
    await checkBothSizes(page);
  });
});
