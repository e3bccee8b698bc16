import { expect, test, type Page } from '@playwright/test';
import type { Recommendation, Results } from '@pnetz/shared';
import { DEMO_RESULTS_TITLE } from '../../server/src/analysis/results/demo.seed';
import { PlanListPage, signIn, workspaceIdOf, type Person } from './pages/plans.page';
import { DEMO, expectAccessible } from './support';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const people: Person[] = [];

test.afterEach(async () => {
  while (people.length > 0) await people.pop()!.context.close();
});

async function checkBothSizes(page: Page): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await expectAccessible(page);
  await page.setViewportSize(PHONE);
  await expectAccessible(page);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(DESKTOP);
}

const percent = (value: number) =>
  new Intl.NumberFormat('de-DE', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);

test.describe('from finding to measure', () => {
  test.describe.configure({ timeout: 180_000 });

  test('a recommendation becomes a measure with its baseline in the action plan', async ({
    browser,
  }) => {
    const admin = await signIn(browser, DEMO.koenigswarthaAdmin);
    people.push(admin);
    const { page } = admin;
    const workspaceId = await workspaceIdOf(page, 'Königswartha');
    const plans = new PlanListPage(page);
    await plans.goto(workspaceId);
    const planTitle = 'Handlungskonzept Sicherheit 2027';
    const planId = await plans.createPlan(planTitle, 'Handlungskonzept');

    await page.goto(`/raete/${workspaceId}/sicherheitsanalyse`);
    await page.getByRole('link', { name: DEMO_RESULTS_TITLE }).click();
    await page.getByRole('link', { name: 'Ergebnisse ansehen' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Ergebnisse: ${DEMO_RESULTS_TITLE}` }),
    ).toBeVisible();
    const analysisId = /sicherheitsanalyse\/([0-9a-f]{24})\/ergebnisse/.exec(page.url())![1]!;
    const results = async () =>
      (await (await page.request.get(`/api/analyses/${analysisId}/results`)).json()) as Results;
    if (!(await results()).run) {
      await page.getByRole('button', { name: 'Gewichtung berechnen' }).click();
      await expect(page.getByTestId('weighting-run')).toBeVisible();
    }
    const cell = (await results()).questions.find((q) => q.name === 'avoid_places')!.overall;
    if (cell.suppressed) throw new Error('avoid_places is suppressed');
    const yes = cell.options.find((o) => o.value === 'yes')!;

    // The team writes a recommendation citing a finding picked from the results.
    const section = page.getByRole('region', { name: 'Empfehlungen' });
    await expect(section.getByText('Noch keine Empfehlungen.')).toBeVisible();
    const form = section.getByRole('form', { name: 'Neue Empfehlung' });
    await form.getByLabel('Titel').fill('Angsträume am Bahnhof entschärfen');
    await form
      .getByLabel('Empfehlung', { exact: true })
      .fill('Beleuchtung und Sichtachsen verbessern.');
    await form.getByLabel('Befund aus den Ergebnissen').selectOption('avoid_places:yes');
    await form.getByRole('button', { name: 'Befund zitieren' }).click();
    await form.getByRole('button', { name: 'Empfehlung speichern' }).click();

    const item = section.getByRole('article', { name: 'Angsträume am Bahnhof entschärfen' });
    await expect(item).toContainText(percent(yes.share));
    await expect(item).toContainText(
      `95-%-Konfidenzintervall ${percent(yes.interval.low)} bis ${percent(yes.interval.high)}`,
    );
    await checkBothSizes(page);

    // Accepted with a target of 15 %: the measure lands in the plan with the baseline.
    const accept = item.getByRole('form', { name: 'Annehmen als Maßnahme' });
    await accept.getByLabel('Handlungskonzept').selectOption({ label: planTitle });
    await accept.getByLabel('Zielwert in Prozent').fill('15');
    await accept.getByRole('button', { name: 'Annehmen und Maßnahme anlegen' }).click();
    await expect(item).toContainText('Angenommen');
    const measure = item.getByTestId('recommendation-measure');
    await expect(measure).toContainText(`Ausgangswert ${percent(yes.share)}`);
    await expect(measure).toContainText(`Zielwert ${percent(0.15)}`);
    await expect(measure).toContainText('Noch keine spätere Befragung');
    const listed = (await (
      await page.request.get(`/api/analyses/${analysisId}/recommendations`)
    ).json()) as { items: Recommendation[] };
    expect(listed.items[0]!.measure).toMatchObject({ planId, target: 0.15 });
    await checkBothSizes(page);

    await measure.getByRole('link', { name: planTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
    await page.getByRole('button', { name: 'Karten' }).click();
    const card = page.getByRole('article').filter({ hasText: 'Angsträume am Bahnhof entschärfen' });
    // The plan prints the figure as the server writes it into the measure's indicator.
    const printed = `${(yes.share * 100).toLocaleString('de-DE', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    })} %`;
    await expect(card).toContainText(`Ausgangswert ${printed}`);
    await expect(card).toContainText('Frage avoid_places');
  });
});
