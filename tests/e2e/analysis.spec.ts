import fs from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { isWellFormedCode } from '../../server/src/analysis/access-codes';
import { cleanRegister, windows1252Register } from '../support/analysis-register';
import { decodeLetterQrs } from '../support/letters-qr';
import { signIn, workspaceIdOf, type Person } from './pages/plans.page';
import { checkBothSizes, DEMO } from './support';

const CODE =
  /\b[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]\b/g;
const people: Person[] = [];

test.afterEach(async () => {
  while (people.length > 0) await people.pop()!.context.close();
});

test.describe('security analysis', () => {
  // The letters of 1,000 residents are made, then every page is rendered to read its QR code.
  test.describe.configure({ timeout: 900_000 });

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
    const analysisId = /\/sicherheitsanalyse\/([0-9a-f]{24})/.exec(page.url())![1]!;
    const draw = async () => {
      await page.getByLabel('Umfang (Anschreiben)').fill('1000');
      await page.getByLabel('Startwert (leer: zufällig)').fill('glauchau-2027');
      await page.getByRole('button', { name: 'Stichprobe ziehen' }).click();
      await expect(page.getByTestId('sample-drawn')).toContainText(
        'Gezogen: 1000 Personen mit dem Startwert „glauchau-2027“',
      );
      const drawn: string[] = [];
      for (let number = 1; number <= 10; number += 1) {
        const res = await page.request.get(
          `/api/analyses/${analysisId}/addresses?sampled=true&page=${number}`,
        );
        const body = (await res.json()) as { items: Array<{ line: number; sampled: boolean }> };
        expect(body.items.every((item) => item.sampled)).toBe(true);
        drawn.push(...body.items.map((item) => String(item.line)));
      }
      return drawn;
    };
    // The same seed twice gives the same 1,000 residents.
    const first = await draw();
    expect(new Set(first).size).toBe(1000);
    expect(await draw()).toEqual(first);
    const { sample } = (await (await page.request.get(`/api/analyses/${analysisId}`)).json()) as {
      sample: { strata: Array<{ count: number; population: number }> };
    };
    expect(sample.strata.reduce((sum, stratum) => sum + stratum.count, 0)).toBe(1000);
    for (const stratum of sample.strata)
      expect(Math.abs(stratum.count - (stratum.population * 1000) / 5000)).toBeLessThanOrEqual(1);
    await checkBothSizes(page);

    const download = page.waitForEvent('download', { timeout: 240_000 });
    await page.getByRole('button', { name: 'Anschreiben erstellen' }).click();
    const file = await (await download).path();
    await expect(page.getByTestId('letters-made')).toHaveText('1000 Anschreiben erstellt.');
    const bytes = new Uint8Array(await fs.readFile(file));
    const pdf = await getDocument({ data: bytes.slice() }).promise;
    expect(pdf.numPages).toBe(1000);
    const printed = new Map<number, string>();
    for (const number of [1, 2, 500, 1000]) {
      const content = await (await pdf.getPage(number)).getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      const found = text.match(CODE) ?? [];
      expect(found).toHaveLength(1);
      printed.set(number, found[0]!);
    }
    // Every letter's QR code, read from the rendered page: the public page with a valid code of
    // its own, the same code that is printed beside it.
    const links = await decodeLetterQrs(bytes);
    expect(links).toHaveLength(1000);
    const codes = links.map((link, index) => {
      expect(link, `QR code on page ${index + 1}`).not.toBeNull();
      const url = new URL(link!);
      expect(url.pathname).toBe('/umfrage');
      const code = url.searchParams.get('code') ?? '';
      expect(isWellFormedCode(code), `code on page ${index + 1}`).toBe(true);
      return code;
    });
    expect(new Set(codes).size).toBe(1000);
    for (const [number, code] of printed) expect(codes[number - 1]).toBe(code);
    await checkBothSizes(page);
  });
});
