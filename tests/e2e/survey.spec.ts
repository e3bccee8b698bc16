import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { signIn, workspaceIdOf } from './pages/plans.page';
import { DEMO, expectAccessible } from './support';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const contexts: BrowserContext[] = [];

test.afterEach(async () => {
  while (contexts.length > 0) await contexts.pop()!.close();
});

async function respondent(browser: Browser, viewport = PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'de-DE' });
  contexts.push(context);
  return context.newPage();
}

/** A register extract of six residents of Glauchau, as the registration office delivers it. */
const REGISTER = [
  'Name;Straße;Hausnummer;PLZ;Ort;Geburtsjahr;Geschlecht;Ortsteil',
  'Erika Muster;Markt;1;08371;Glauchau;1961;w;Nord',
  'Hans Beispiel;Markt;2;08371;Glauchau;1975;m;Nord',
  'Lena Probe;Bahnhofstraße;3;08371;Glauchau;1990;w;Süd',
  'Jonas Test;Bahnhofstraße;4;08371;Glauchau;1984;m;Süd',
  'Maria Vorlage;Lindenweg;5;08371;Glauchau;1950;w;Zentrum',
  'Paul Entwurf;Lindenweg;6;08371;Glauchau;2001;m;Zentrum',
].join('\n');

/**
 * As the council's office: start an analysis, import the register, draw the sample, put the
 * standard questionnaire into the field and make the letters; returns the letters' codes.
 */
async function analysisInField(browser: Browser): Promise<string[]> {
  const admin = await signIn(browser, DEMO.glauchauAdmin);
  contexts.push(admin.context);
  const request = admin.page.request;
  const { csrfToken } = (await (await request.get('/api/auth/session')).json()) as {
    csrfToken: string;
  };
  const headers = { 'x-csrf-token': csrfToken };
  const ok = async (response: Awaited<ReturnType<typeof request.post>>) => {
    expect(response.status(), await response.text().catch(() => '')).toBeLessThan(300);
    return response;
  };
  const workspaceId = await workspaceIdOf(admin.page, 'Glauchau');
  const analysis = (await (
    await ok(
      await request.post(`/api/workspaces/${workspaceId}/analyses`, {
        headers,
        data: { title: 'Sicherheitsanalyse Glauchau (Befragungstest)' },
      }),
    )
  ).json()) as { id: string };
  const base = `/api/analyses/${analysis.id}`;
  await ok(
    await request.post(`${base}/register?filename=melderegister.csv`, {
      headers: { ...headers, 'content-type': 'text/csv' },
      data: Buffer.from(REGISTER, 'utf8'),
    }),
  );
  await ok(await request.post(`${base}/sample`, { headers, data: { size: 6, seed: 'e2e' } }));
  await ok(await request.post(`${base}/questionnaire`, { headers }));
  const questionnaire = (await (await request.get(`${base}/questionnaire`)).json()) as {
    version: number;
    json: unknown;
  };
  await ok(
    await request.put(`${base}/questionnaire`, {
      headers,
      data: {
        baseVersion: questionnaire.version,
        json: questionnaire.json,
        languages: ['de', 'en', 'uk', 'ru', 'ar', 'tr', 'vi'],
      },
    }),
  );
  await ok(await request.post(`${base}/questionnaire/fieldwork`, { headers }));
  const letters = await ok(await request.post(`${base}/letters`, { headers }));
  const pdf = await getDocument({ data: new Uint8Array(await letters.body()) }).promise;
  const codes: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    codes.push(...(text.match(/\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]\b/g) ?? []));
  }
  expect(codes.length).toBeGreaterThanOrEqual(3);
  return [...new Set(codes)];
}

/** Goes through the remaining pages with the given next and complete buttons. */
async function finish(page: Page, next: string, complete: string): Promise<void> {
  const nextButton = page.getByRole('button', { name: next, exact: true });
  for (let guard = 0; guard < 15 && (await nextButton.isVisible()); guard += 1) {
    await nextButton.click();
  }
  await page.getByRole('button', { name: complete, exact: true }).click();
}

test.describe('the resident survey', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  let codes: string[] = [];

  test.beforeAll(async ({ browser }) => {
    codes = await analysisInField(browser);
  });

  test('a resident answers in German on a phone, is interrupted, and resumes', async ({
    browser,
  }) => {
    const code = codes[0]!;
    const page = await respondent(browser);
    await page.goto('/umfrage');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Befragung zur Sicherheit' }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Zugangscode').fill('ZZZZ-ZZZZ-ZZZZ-Z');
    await page.getByRole('button', { name: 'Fragebogen öffnen' }).click();
    await expect(page.getByText('Diesen Zugangscode kennen wir nicht')).toBeVisible();
    await expectAccessible(page);

    // The link from the letter's QR code, typed in lower case with spaces.
    await page.goto(`/umfrage?code=${encodeURIComponent(code.toLowerCase().replace(/-/g, ' '))}`);
    await expect(page).toHaveURL(/\/umfrage$/);
    await expect(page.getByText('Sicherheitsgefühl').first()).toBeVisible();
    const first = page.getByRole('radiogroup', { name: /tagsüber allein in Ihrem Wohngebiet/ });
    await first.getByText('eher sicher', { exact: true }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expect(page.getByText('Ihre Antworten sind gespeichert')).toBeVisible();
    await expect(page.getByText('Sorgen vor Kriminalität').first()).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();

    // Later, on another phone: the code brings back the answers and the page.
    const later = await respondent(browser);
    await later.goto('/umfrage');
    await later.getByLabel('Zugangscode').fill(code);
    await later.getByRole('button', { name: 'Fragebogen öffnen' }).click();
    await expect(later.getByText('Sorgen vor Kriminalität').first()).toBeVisible();
    await later.getByRole('button', { name: 'Zurück', exact: true }).click();
    const resumed = later.getByRole('radiogroup', { name: /tagsüber allein in Ihrem Wohngebiet/ });
    await expect(resumed.getByRole('radio', { name: 'eher sicher', exact: true })).toBeChecked();
    await finish(later, 'Weiter', 'Abschließen');
    await expect(
      later.getByRole('heading', { level: 1, name: 'Vielen Dank für Ihre Teilnahme!' }),
    ).toBeVisible();
    await expectAccessible(later);
  });

  test('a resident answers in Arabic, right to left, on a phone', async ({ browser }) => {
    const page = await respondent(browser);
    await page.goto(`/u/${codes[1]!}`);
    await page.getByLabel('Sprache des Fragebogens').selectOption('ar');
    const form = page.locator('.survey-run');
    await expect(form).toHaveAttribute('dir', 'rtl');
    await expect(form).toHaveAttribute('lang', 'ar');
    await expect(page.getByText('الشعور بالأمان').first()).toBeVisible();
    await page
      .getByRole('radiogroup', { name: /خلال النهار/ })
      .first()
      .getByText('آمن جدًا', { exact: true })
      .click();
    await expectAccessible(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await finish(page, 'التالي', 'إرسال البيانات');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);

    // The choice is remembered on this device.
    await page.goto(`/u/${codes[2]!}`);
    await expect(page.getByLabel('Language of the questionnaire')).toHaveValue('ar');
  });

  test('a used code is refused with its own page, at phone and desktop size', async ({
    browser,
  }) => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await respondent(browser, viewport);
      await page.goto('/umfrage');
      await page.getByLabel('Zugangscode').fill(codes[0]!);
      await page.getByRole('button', { name: 'Fragebogen öffnen' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Dieser Zugangscode wurde bereits verwendet' }),
      ).toBeVisible();
      await expectAccessible(page);
    }
  });

  test('the questionnaire is accessible at desktop size', async ({ browser }) => {
    const page = await respondent(browser, DESKTOP);
    await page.goto(`/u/${codes[2]!}`);
    await expect(page.getByText('Sicherheitsgefühl').first()).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectAccessible(page);
  });
});
