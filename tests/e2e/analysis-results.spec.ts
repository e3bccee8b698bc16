import { expect, test, type Page } from '@playwright/test';
import type { Results } from '@pnetz/shared';
import { DEMO_DISTRICTS, DEMO_RESULTS_TITLE } from '../../server/src/analysis/results/demo.seed';
import { syntheticSurvey } from '../../server/src/analysis/results/synthetic-survey';
import { signIn, workspaceIdOf, type Person } from './pages/plans.page';
import { checkBothSizes, DEMO } from './support';

const people: Person[] = [];

test.afterEach(async () => {
  while (people.length > 0) await people.pop()!.context.close();
});

const percent = (value: number) =>
  new Intl.NumberFormat('de-DE', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);

async function resultsOf(page: Page, analysisId: string): Promise<Results> {
  const response = await page.request.get(`/api/analyses/${analysisId}/results`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Results;
}

const overall = (results: Results, name: string) => {
  const cell = results.questions.find((q) => q.name === name)!.overall;
  if (cell.suppressed) throw new Error(`${name} is suppressed`);
  return cell;
};

test.describe('security analysis results', () => {
  test.describe.configure({ timeout: 180_000 });

  test('weighting brings the shares to the truth; small groups stay hidden', async ({
    browser,
  }) => {
    // The demo survey: a synthetic Königswartha with known true shares, about 400 returns, the
    // older residents answering far more often than the younger.
    const survey = syntheticSurvey(2035, 1000, DEMO_DISTRICTS);
    expect(survey.responses.length).toBe(400);

    const admin = await signIn(browser, DEMO.koenigswarthaAdmin);
    people.push(admin);
    const { page } = admin;
    const workspaceId = await workspaceIdOf(page, 'Königswartha');
    await page.goto(`/raete/${workspaceId}/sicherheitsanalyse`);
    await page.getByRole('link', { name: DEMO_RESULTS_TITLE }).click();
    await page.getByRole('link', { name: 'Ergebnisse ansehen' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Ergebnisse: ${DEMO_RESULTS_TITLE}` }),
    ).toBeVisible();
    const analysisId = /sicherheitsanalyse\/([0-9a-f]{24})\/ergebnisse/.exec(page.url())![1]!;
    await expect(page.getByText('Die Gewichtung wurde noch nicht berechnet.')).toBeVisible();
    await expect(page.getByTestId('returns')).toContainText('400 Rückläufe von 1000 Anschreiben');
    await checkBothSizes(page);

    // The team weights with the usual cap of 5.
    await expect(page.getByLabel('Kappungsgrenze (Vielfaches des mittleren Gewichts)')).toHaveValue(
      '5',
    );
    await page.getByRole('button', { name: 'Gewichtung berechnen' }).click();
    await expect(page.getByTestId('weighting-run')).toBeVisible();
    const first = await resultsOf(page, analysisId);
    const deff = first.run!.deff;
    expect(deff).toBeGreaterThan(1);
    await expect(page.getByTestId('deff')).toHaveText(
      new Intl.NumberFormat('de-DE', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
        deff,
      ),
    );

    // Headline questions: weighted shares are closer to the truth than the unweighted ones, and
    // the truth lies inside the interval; the page shows the weighted share.
    const night = overall(first, 'safe_night_area');
    const unsafe = night.options.filter((o) => o.value === '3' || o.value === '4');
    const weighted = unsafe.reduce((s, o) => s + o.share, 0);
    const raw = unsafe.reduce((s, o) => s + o.unweighted, 0);
    expect(Math.abs(weighted - survey.truth.unsafeNight)).toBeLessThan(
      Math.abs(raw - survey.truth.unsafeNight),
    );
    const avoid = overall(first, 'avoid_places').options.find((o) => o.value === 'yes')!;
    expect(Math.abs(avoid.share - survey.truth.avoidPlaces)).toBeLessThan(
      Math.abs(avoid.unweighted - survey.truth.avoidPlaces),
    );
    expect(avoid.interval.low).toBeLessThan(survey.truth.avoidPlaces);
    expect(avoid.interval.high).toBeGreaterThan(survey.truth.avoidPlaces);
    const avoidSection = page.getByTestId('q-avoid_places');
    await expect(avoidSection.getByRole('table')).toContainText(percent(avoid.share));

    // Wartha has 5 respondents: "–" in its breakdown row, and a second district beside it.
    const nightSection = page.getByTestId('q-safe_night_area');
    await nightSection.getByText('Nach Ortsteil, Altersgruppe und Geschlecht').click();
    const byDistrict = nightSection.getByRole('table', {
      name: /nach Ortsteil$/,
    });
    await expect(byDistrict.getByRole('row', { name: /^Wartha/ })).toContainText('–');
    await expect(byDistrict.getByTestId('suppressed')).toHaveCount(2);
    await checkBothSizes(page);

    // … and "–" in the table export, without a number.
    const table = await page.request.get(
      `/api/analyses/${analysisId}/results/table.csv?language=de`,
    );
    expect(table.status()).toBe(200);
    const lines = (await table.text()).split('\r\n').filter((line) => line.includes(';Wartha;'));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).toMatch(/;–;–;–;–$/);

    // A tighter cap recomputes: the design effect and the figures on the page change.
    const shareText = percent(night.options[0]!.share);
    await page.getByLabel('Kappungsgrenze (Vielfaches des mittleren Gewichts)').fill('2.1');
    await page.getByRole('button', { name: 'Gewichtung berechnen' }).click();
    await expect(page.getByText('Gekappte Gewichte')).toBeVisible();
    await expect.poll(async () => (await resultsOf(page, analysisId)).run!.cap).toBe(2.1);
    const second = await resultsOf(page, analysisId);
    expect(second.run!.trimmed).toBeGreaterThan(0);
    const newShare = overall(second, 'safe_night_area').options[0]!.share;
    expect(newShare).not.toBe(night.options[0]!.share);
    await expect(page.getByTestId('deff')).toHaveText(
      new Intl.NumberFormat('de-DE', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(
        second.run!.deff,
      ),
    );
    if (percent(newShare) !== shareText)
      await expect(nightSection.getByRole('table').first()).toContainText(percent(newShare));

    // A cap the register's margins do not allow is refused with its reason.
    await page.getByLabel('Kappungsgrenze (Vielfaches des mittleren Gewichts)').fill('1.5');
    await page.getByRole('button', { name: 'Gewichtung berechnen' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Mit dieser Kappungsgrenze lassen sich die Vorgaben des Melderegisters nicht erfüllen.',
    );
    await checkBothSizes(page);
  });

  test('council members read the results but neither weight nor download raw data', async ({
    browser,
  }) => {
    const member = await signIn(browser, 'schule@koenigswartha.example');
    people.push(member);
    const { page } = member;
    const workspaceId = await workspaceIdOf(page, 'Königswartha');
    await page.goto(`/raete/${workspaceId}/sicherheitsanalyse`);
    await page.getByRole('link', { name: DEMO_RESULTS_TITLE }).click();
    await page.getByRole('link', { name: 'Ergebnisse ansehen' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Gewichtung' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gewichtung berechnen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Rohdaten mit Gewichten (CSV)' })).toHaveCount(0);
    await checkBothSizes(page);
  });
});
