import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { signIn, workspaceIdOf } from './pages/plans.page';
import { DEMO, expectAccessible } from './support';

const PHONE = { width: 360, height: 740 };
/** SurveyJS is a large chunk loaded on demand; on a busy machine it may take a while. */
const LOADED = { timeout: 30_000 };
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

/** A complete, valid set of answers to the standard questionnaire. */
const COMPLETE_ANSWERS = {
  safe_day_area: 1,
  safe_night_area: 3,
  worry_burglary: 2,
  likely_theft: 2,
  avoid_dark: 3,
  victim_offences: ['bicycle'],
  victim_reported: 'none',
  victim_not_reported_why: ['pointless'],
  avoid_places: 'yes',
  avoid_places_why: ['dark', 'deserted'],
  disorder_litter: 4,
  police_indifferent: 2,
  neighbours_help: 3,
  area_satisfaction: 7,
  wish_measures: ['lighting', 'youth'],
  ageGroup: '35-44',
  sex: 'w',
  district: 'Nord',
};

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
async function analysisInField(
  browser: Browser,
): Promise<{ analysisId: string; workspaceId: string; codes: string[] }> {
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
  return { analysisId: analysis.id, workspaceId, codes: [...new Set(codes)] };
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
  let analysisId = '';
  let workspaceId = '';

  test.beforeAll(async ({ browser }) => {
    ({ codes, analysisId, workspaceId } = await analysisInField(browser));
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
    await expect(page.getByText('Sicherheitsgefühl').first()).toBeVisible(LOADED);
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
    await expect(later.getByText('Sorgen vor Kriminalität').first()).toBeVisible(LOADED);
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
    await page.goto('/umfrage');
    // The whole page speaks Arabic before a code is typed: texts, <html lang dir>, the picker.
    await page.getByLabel('Sprache', { exact: true }).selectOption('ar');
    await expect(page.getByRole('heading', { level: 1, name: 'استبيان حول الأمان' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expectAccessible(page);
    await page.getByLabel('رمز الدخول').fill(codes[1]!);
    await page.getByRole('button', { name: 'فتح الاستبيان' }).click();
    const form = page.locator('.survey-run');
    await expect(form).toHaveAttribute('dir', 'rtl', LOADED);
    await expect(form).toHaveAttribute('lang', 'ar');
    await expect(page.getByText('الشعور بالأمان').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'الحفظ والمتابعة لاحقًا' })).toBeVisible();
    await page
      .getByRole('radiogroup', { name: /خلال النهار/ })
      .first()
      .getByText('آمن جدًا', { exact: true })
      .click();
    await expectAccessible(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await finish(page, 'التالي', 'إرسال البيانات');
    await expect(
      page.getByRole('heading', { level: 1, name: 'شكرًا جزيلًا لمشاركتكم!' }),
    ).toBeVisible();
    await expectAccessible(page);

    // The choice is remembered on this device.
    await page.goto(`/u/${codes[2]!}`);
    await expect(page.getByLabel('اللغة')).toHaveValue('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });

  test('a used code is refused with its own page, at phone and desktop size', async ({
    browser,
  }) => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await respondent(browser, viewport);
      await page.goto('/umfrage');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Befragung zur Sicherheit' }),
      ).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel('Zugangscode').fill(codes[0]!);
      await page.getByRole('button', { name: 'Fragebogen öffnen' }).click();
      await expect(
        page.getByRole('heading', { level: 1, name: 'Dieser Zugangscode wurde bereits verwendet' }),
      ).toBeVisible();
      await expectAccessible(page);
    }
  });

  test('the questionnaire and the thanks are accessible at desktop size', async ({ browser }) => {
    const page = await respondent(browser, DESKTOP);
    await page.goto(`/u/${codes[2]!}`);
    await expect(page.getByText('Sicherheitsgefühl').first()).toBeVisible(LOADED);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Weiter', exact: true }).click();
    await expectAccessible(page);
    await finish(page, 'Weiter', 'Abschließen');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Vielen Dank für Ihre Teilnahme!' }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test('two people type a paper sheet; the one difference is settled side by side', async ({
    browser,
  }) => {
    const admin = await signIn(browser, DEMO.glauchauAdmin);
    const police = await signIn(browser, DEMO.glauchauPolice);
    contexts.push(admin.context, police.context);
    // The police officer becomes a second owner of the analysis.
    const { csrfToken } = (await (await admin.page.request.get('/api/auth/session')).json()) as {
      csrfToken: string;
    };
    const policeSession = (await (await police.page.request.get('/api/auth/session')).json()) as {
      user: { id: string };
    };
    const patched = await admin.page.request.patch(`/api/analyses/${analysisId}`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { ownerIds: [policeSession.user.id] },
    });
    expect(patched.status()).toBe(200);

    const type = async (page: Page, answer: string) => {
      await page.goto(`/analysen/${analysisId}/papierboegen`);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Papierbögen erfassen' }),
      ).toBeVisible();
      await page.getByLabel('Bogennummer').fill('101');
      await page
        .getByRole('radiogroup', { name: /tagsüber allein in Ihrem Wohngebiet/ })
        .getByText(answer, { exact: true })
        .click();
      await page.getByRole('button', { name: 'Bogen speichern' }).click();
    };
    await type(admin.page, 'eher sicher');
    await expect(admin.page.getByText('Bogen 101 ist zum ersten Mal erfasst')).toBeVisible();
    await expectAccessible(admin.page);
    await admin.page.setViewportSize(PHONE);
    await expectAccessible(admin.page);
    const paperWidth = await admin.page.evaluate(() => document.documentElement.scrollWidth);
    expect(paperWidth).toBeLessThanOrEqual(PHONE.width);
    await admin.page.setViewportSize(DESKTOP);

    await type(police.page, 'sehr sicher');
    await expect(police.page.getByText('die Eingaben weichen ab')).toBeVisible();
    const table = police.page.getByRole('table', { name: 'Bogen 101: Eingaben nebeneinander' });
    const row = table.getByRole('row', { name: /safe_day_area/ });
    await expect(row.getByRole('radio')).toHaveCount(2);
    await expectAccessible(police.page);
    await row.getByRole('radio').first().check();
    await police.page
      .getByRole('button', { name: 'Bogen 101 mit dieser Auswahl speichern' })
      .click();
    await expect(police.page.getByRole('cell', { name: 'als Antwort gespeichert' })).toBeVisible();

    // The same sheet number cannot be typed again.
    await type(admin.page, 'eher sicher');
    await expect(admin.page.getByRole('alert')).toContainText('has already been entered');
  });

  test('a council edits its questionnaire; fieldwork waits for every translation', async ({
    browser,
  }) => {
    const admin = await signIn(browser, DEMO.koenigswarthaAdmin);
    contexts.push(admin.context);
    const request = admin.page.request;
    const { csrfToken } = (await (await request.get('/api/auth/session')).json()) as {
      csrfToken: string;
    };
    const workspaceId = await workspaceIdOf(admin.page, 'Königswartha');
    const created = await request.post(`/api/workspaces/${workspaceId}/analyses`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { title: 'Sicherheitsanalyse Königswartha' },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const page = admin.page;
    await page.goto(`/analysen/${id}/fragebogen`);
    await page.getByRole('button', { name: 'Standardfragebogen übernehmen' }).click();
    await expect(page.getByText('Entwurf, Version 1')).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel('Texte bearbeiten in').selectOption('en');
    const first = page.getByRole('group', { name: /Frage 1 \(safe_day_area\)/ });
    await first.getByLabel('Fragetext').fill('How safe do you feel alone in your street by day?');
    const block = page.getByRole('region', { name: 'Sicherheitsgefühl' });
    await block.getByLabel('Art der neuen Frage').selectOption('comment');
    await block.getByRole('button', { name: 'Frage hinzufügen' }).click();
    await expect(page.getByRole('group', { name: /\(q1\)/ })).toBeVisible();
    await page.getByLabel('Texte bearbeiten in').selectOption('de');
    await page
      .getByRole('group', { name: /\(q1\)/ })
      .getByLabel('Fragetext')
      .fill('Was wünschen Sie sich für den Marktplatz?');
    await page.getByRole('button', { name: 'Als neue Version speichern' }).click();
    await expect(page.getByText('Entwurf, Version 2')).toBeVisible();
    const versions = page.getByRole('region', { name: 'Versionen' });
    await expect(versions.getByRole('row')).toHaveCount(3);

    await page.getByRole('button', { name: 'Feldphase starten' }).click();
    await expect(page.getByRole('alert')).toContainText('languages.en: missing translation: q1');
    await expect(page.getByText('Entwurf, Version 2')).toBeVisible();

    await page.getByRole('button', { name: 'Vorschau' }).click();
    await expect(page.getByText('Was wünschen Sie sich für den Marktplatz?')).toBeVisible(LOADED);
    await expectAccessible(page);
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Vorschau' }).click();
    await expectAccessible(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
  });

  test('the fieldwork dashboard counts a new return live', async ({ browser }) => {
    const admin = await signIn(browser, DEMO.glauchauAdmin);
    contexts.push(admin.context);
    await admin.page.goto(`/raete/${workspaceId}/sicherheitsanalyse/${analysisId}`);
    const total = admin.page.getByTestId('fieldwork-figures').getByRole('definition').first();
    await expect(total).toHaveText(/^\d+$/);
    const before = Number(await total.textContent());

    // A resident submits on another device; the office's page is not reloaded.
    const resident = await respondent(browser);
    const { csrfToken } = (await (await resident.request.get('/api/auth/session')).json()) as {
      csrfToken: string;
    };
    const complete = await resident.request.post('/api/public/survey/submit', {
      headers: { 'x-csrf-token': csrfToken },
      data: { code: codes[3], answers: COMPLETE_ANSWERS, language: 'de' },
    });
    expect(complete.status(), await complete.text()).toBe(201);
    await expect(total).toHaveText(String(before + 1));
  });

  test('ending the fieldwork closes the page politely, in the resident’s language', async ({
    browser,
  }) => {
    const admin = await signIn(browser, DEMO.glauchauAdmin);
    contexts.push(admin.context);
    await admin.page.goto(`/analysen/${analysisId}/fragebogen`);
    await admin.page.getByRole('button', { name: 'Feldphase beenden' }).click();
    const dialog = admin.page.getByRole('dialog', { name: 'Feldphase beenden?' });
    await expectAccessible(admin.page);
    await dialog.getByRole('button', { name: 'Feldphase jetzt beenden' }).click();
    await expect(admin.page.getByText(/^Feldphase beendet \(Version \d+\)\.$/)).toBeVisible();
    const analysis = (await (
      await admin.page.request.get(`/api/analyses/${analysisId}`)
    ).json()) as {
      phases: Array<{ name: string; start: string | null; end: string | null }>;
    };
    const field = analysis.phases.find((phase) => phase.name === 'Feldphase');
    expect(field?.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(field?.start).toBe(field?.end);

    for (const viewport of [PHONE, DESKTOP]) {
      const context = await browser.newContext({ viewport, locale: 'uk-UA' });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(`/u/${codes[4]!}`);
      await expect(
        page.getByRole('heading', { level: 1, name: 'Опитування завершено' }),
      ).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
      await expectAccessible(page);
      await page.getByLabel('Мова').selectOption('ar');
      await expect(page.getByRole('heading', { level: 1, name: 'انتهى الاستبيان' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expectAccessible(page);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide).toBeLessThanOrEqual(viewport.width);
    }

    // A late submission is refused and stores nothing.
    const late = await admin.page.request.post('/api/public/survey/submit', {
      headers: {
        'x-csrf-token': (
          (await (await admin.page.request.get('/api/auth/session')).json()) as {
            csrfToken: string;
          }
        ).csrfToken,
      },
      data: { code: codes[5], answers: COMPLETE_ANSWERS, language: 'de' },
    });
    expect(late.status()).toBe(410);
    expect(((await late.json()) as { error: { id: string } }).error.id).toBe('survey_closed');
  });

  test('the addresses are deleted with an audit entry; the returns stay without them', async ({
    browser,
  }) => {
    const admin = await signIn(browser, DEMO.glauchauAdmin);
    contexts.push(admin.context);
    const request = admin.page.request;
    const { csrfToken } = (await (await request.get('/api/auth/session')).json()) as {
      csrfToken: string;
    };
    const figures = async () =>
      (await (await request.get(`/api/analyses/${analysisId}/fieldwork`)).json()) as {
        total: number;
      };
    const returns = (await figures()).total;
    expect(returns).toBeGreaterThanOrEqual(1);
    const deleted = await request.delete(`/api/analyses/${analysisId}/addresses`, {
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(deleted.status()).toBe(204);
    const left = (await (await request.get(`/api/analyses/${analysisId}/addresses`)).json()) as {
      total: number;
    };
    expect(left.total).toBe(0);
    // Every return is still counted, and none of them names a code, a sheet or an address.
    expect((await figures()).total).toBe(returns);
    await admin.page.goto(`/raete/${workspaceId}/protokoll`);
    await expect(
      admin.page.getByRole('row', { name: /Anschriften gelöscht/ }).first(),
    ).toBeVisible();
  });
});
