import fs from 'node:fs/promises';
import {
  expect,
  test,
  type APIRequestContext,
  type APIResponse,
  type Page,
} from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PKS_HEADER, pksCsv, pksLines, saxonyLines } from '../support/pks';
import { signIn, workspaceIdOf, type Person } from './pages/plans.page';
import { checkBothSizes, DEMO } from './support';

const people: Person[] = [];

test.afterEach(async () => {
  while (people.length > 0) await people.pop()!.context.close();
});

/** Twelve residents of Glauchau, so twelve letters and twelve answers. */
const REGISTER = [
  'Name;Straße;Hausnummer;PLZ;Ort;Geburtsjahr;Geschlecht;Ortsteil',
  ...Array.from(
    { length: 12 },
    (_, i) =>
      `Person ${i + 1};Markt;${i + 1};08371;Glauchau;${1950 + i * 4};${i % 2 ? 'm' : 'w'};Nord`,
  ),
].join('\n');

async function csrfHeaders(request: APIRequestContext) {
  const { csrfToken } = (await (await request.get('/api/auth/session')).json()) as {
    csrfToken: string;
  };
  return { 'x-csrf-token': csrfToken };
}

async function ok(response: APIResponse): Promise<APIResponse> {
  expect(response.status(), await response.text().catch(() => '')).toBeLessThan(300);
  return response;
}

/**
 * As the council's office, through the API: an analysis in the field with twelve letters, and
 * twelve answers through the public page's API — eleven avoid the station after dark, one avoids
 * nothing.
 */
async function analysisWithAnswers(page: Page, workspaceId: string): Promise<string> {
  const request = page.request;
  const headers = await csrfHeaders(request);
  const analysis = (await (
    await ok(
      await request.post(`/api/workspaces/${workspaceId}/analyses`, {
        headers,
        data: { title: 'Sicherheitsanalyse Glauchau (Lagebild)' },
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
  await ok(await request.post(`${base}/sample`, { headers, data: { size: 12, seed: 'pks' } }));
  await ok(await request.post(`${base}/questionnaire`, { headers }));
  await ok(await request.post(`${base}/questionnaire/fieldwork`, { headers }));
  const letters = await ok(await request.post(`${base}/letters`, { headers }));
  const pdf = await getDocument({ data: new Uint8Array(await letters.body()) }).promise;
  const codes = new Set<string>();
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    for (const code of text.match(/\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]\b/g) ?? [])
      codes.add(code);
  }
  expect(codes.size).toBe(12);
  const resident = await page.context().browser()!.newContext();
  const publicHeaders = await csrfHeaders(resident.request);
  let index = 0;
  for (const code of codes) {
    const answers =
      index++ === 0
        ? { avoid_places: 'no' }
        : {
            avoid_places: 'yes',
            avoid_places_where: 'den Bahnhof und die Unterführung',
            avoid_places_why: ['dark', 'deserted'],
          };
    await ok(
      await resident.request.post('/api/public/survey/submit', {
        headers: publicHeaders,
        data: { code, answers, language: 'de' },
      }),
    );
  }
  await resident.close();
  return analysis.id;
}

test.describe('police statistics and places residents avoid', () => {
  test.describe.configure({ timeout: 240_000 });

  test('the team imports the PKS, compares with Saxony, places an Angstraum and exports it', async ({
    browser,
  }) => {
    const admin = await signIn(browser, DEMO.glauchauAdmin);
    people.push(admin);
    const { page } = admin;
    const workspaceId = await workspaceIdOf(page, 'Glauchau');
    const analysisId = await analysisWithAnswers(page, workspaceId);
    const analysisPage = `/raete/${workspaceId}/sicherheitsanalyse/${analysisId}`;

    // The programme coordinators import Saxony's reference figures, in the same format.
    const coordinator = await signIn(browser, DEMO.coordinator);
    people.push(coordinator);
    await coordinator.page.goto(analysisPage);
    await expect(
      coordinator.page.getByRole('heading', {
        level: 3,
        name: 'Vergleichswerte für Sachsen importieren',
      }),
    ).toBeVisible();
    await expect(coordinator.page.getByLabel('PKS-Datei (CSV)', { exact: true })).toHaveCount(0);
    await coordinator.page.getByLabel('PKS-Datei Sachsen (CSV)').setInputFiles({
      name: 'pks-sachsen-2024.csv',
      mimeType: 'text/csv',
      buffer: pksCsv(saxonyLines('2024')),
    });
    await coordinator.page
      .getByLabel('Einwohner (falls die Datei keine Spalte „Einwohner“ hat)')
      .fill('4.055.274');
    await coordinator.page.getByRole('button', { name: 'Vergleichswerte importieren' }).click();
    await expect(coordinator.page.getByText('4 Werte für 2024 importiert.')).toBeVisible();

    await page.goto(analysisPage);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Polizeiliche Kriminalstatistik (PKS)' }),
    ).toBeVisible();
    await expect(page.getByText('Es ist noch keine Kriminalstatistik importiert.')).toBeVisible();

    // The police's file: Windows-1252, thousands separators, its own population column.
    const lines = pksLines('2024').map((line) => [...line, '22.518']);
    lines[5]![2] = 'Rauschgiftdelikte – BtMG';
    await page.getByLabel('PKS-Datei (CSV)', { exact: true }).setInputFiles({
      name: 'pks-glauchau-2024.csv',
      mimeType: 'text/csv',
      buffer: pksCsv(lines, { encoding: 'windows-1252', header: [...PKS_HEADER, 'Einwohner'] }),
    });
    await page.getByRole('button', { name: 'PKS importieren' }).click();
    await expect(page.getByText('7 Werte für 2024 importiert.')).toBeVisible();
    const table = page.getByTestId('pks-2024');
    await expect(table.getByRole('caption')).toHaveText(/PKS 2024 – .*Glauchau.*22\.518 Einwohner/);
    // 1,234 cases × 100,000 / 22,518 = 5,480.1 beside Saxony's 287,512 × 100,000 / 4,055,274.
    const total = table.locator('tr[data-key="------"]');
    await expect(total.getByRole('cell')).toHaveText(['1.234', '5.480,1', '7.089,8', '58,4 %']);
    await expect(table.locator('tr[data-key="435*00"]').getByRole('cell')).toHaveText([
      '12',
      '53,3',
      '–',
      '16,7 %',
    ]);
    await checkBothSizes(page);

    // Angsträume: no place is defined yet, so nothing is ranked.
    await expect(page.getByRole('heading', { level: 2, name: 'Angsträume' })).toBeVisible();
    await expect(
      page.getByText('Grundlage: 12 Personen haben die Frage beantwortet.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Ort hinzufügen' }).click();
    await page.getByLabel('Name des Orts').fill('Bahnhof');
    // A click on the map takes its coordinates over …
    await page.getByTestId('places-map').click();
    await expect(page.getByLabel('Breitengrad')).not.toHaveValue('');
    // … and the keyboard places it exactly through the fields.
    await page.getByLabel('Breitengrad').fill('50,8186');
    await page.getByLabel('Längengrad').fill('12.5447');
    await page.getByRole('button', { name: 'Ort speichern' }).click();
    await expect(page.getByText('Breite 50.8186, Länge 12.5447')).toBeVisible();
    // A second place that too few name stays out of the ranking.
    await page.getByRole('button', { name: 'Ort hinzufügen' }).click();
    await page.getByLabel('Name des Orts').fill('Stadtpark');
    await page.getByRole('button', { name: 'Ort speichern' }).click();
    await expect(page.getByText('noch nicht auf der Karte')).toBeVisible();

    const ranking = page.getByTestId('places-ranking');
    await expect(ranking.getByRole('row')).toHaveCount(2);
    await expect(ranking.getByRole('row').nth(1)).toContainText('Bahnhof');
    await expect(ranking.getByRole('row').nth(1)).toContainText('91,7 %');
    await expect(ranking.getByRole('row').nth(1)).toContainText('schlechte Beleuchtung: 100 %');
    await expect(page.getByText(/1 Ort wird nicht gezeigt/)).toBeVisible();
    await expect(page.getByTestId('places-map').getByText('Bahnhof')).toBeAttached();
    await checkBothSizes(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Als GeoJSON herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('angstraeume.geojson');
    const geo = JSON.parse(await fs.readFile((await download.path())!, 'utf8')) as {
      type: string;
      features: Array<{ geometry: { type: string; coordinates: number[] }; properties: unknown }>;
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [12.5447, 50.8186] });
    expect(geo.features[0]!.properties).toMatchObject({
      name: 'Bahnhof',
      share: 0.9167,
      reasons: [
        { reason: 'dark', share: 1 },
        { reason: 'deserted', share: 1 },
      ],
    });
  });
});
