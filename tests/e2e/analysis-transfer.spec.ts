import { expect, test } from '@playwright/test';
import type { Recommendation, Results, Transfer } from '@pnetz/shared';
import {
  DEMO_RESULTS_TITLE,
  DEMO_SECOND_WAVE_TITLE,
} from '../../server/src/analysis/results/demo.seed';
import { PlanListPage, signIn, workspaceIdOf, type Person } from './pages/plans.page';
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
    // Before its first weighting run the page counts the responses in the database.
    await expect(
      page.getByRole('heading', { level: 1, name: `Ergebnisse: ${DEMO_RESULTS_TITLE}` }),
    ).toBeVisible({ timeout: 20_000 });
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

  test('a second wave shows the change; the workshop decides and the chain reaches the exchange', async ({
    browser,
  }) => {
    const admin = await signIn(browser, DEMO.koenigswarthaAdmin);
    people.push(admin);
    const { page } = admin;
    const workspaceId = await workspaceIdOf(page, 'Königswartha');
    const plans = new PlanListPage(page);
    await plans.goto(workspaceId);
    const planTitle = 'Handlungskonzept Transfer 2027';
    await plans.createPlan(planTitle, 'Handlungskonzept');

    const openResults = async (title: string) => {
      await page.goto(`/raete/${workspaceId}/sicherheitsanalyse`);
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('link', { name: 'Ergebnisse ansehen' }).click();
      // Before its first weighting run the page counts the responses in the database.
      await expect(
        page.getByRole('heading', { level: 1, name: `Ergebnisse: ${title}` }),
      ).toBeVisible({ timeout: 20_000 });
      return /sicherheitsanalyse\/([0-9a-f]{24})\/ergebnisse/.exec(page.url())![1]!;
    };
    const resultsOf = async (id: string) =>
      (await (await page.request.get(`/api/analyses/${id}/results`)).json()) as Results;
    const weighIfNeeded = async (id: string) => {
      if ((await resultsOf(id)).run) return;
      await page.getByRole('button', { name: 'Gewichtung berechnen' }).click();
      await expect(page.getByTestId('weighting-run')).toBeVisible();
    };
    const yesOf = (results: Results) => {
      const cell = results.questions.find((q) => q.name === 'avoid_places')!.overall;
      if (cell.suppressed) throw new Error('avoid_places is suppressed');
      return cell.options.find((o) => o.value === 'yes')!;
    };

    // First wave: one recommendation becomes a measure with its baseline, another is declined.
    const firstWave = await openResults(DEMO_RESULTS_TITLE);
    await weighIfNeeded(firstWave);
    const before = yesOf(await resultsOf(firstWave));
    const section = page.getByRole('region', { name: 'Empfehlungen' });
    const write = async (title: string) => {
      const form = section.getByRole('form', { name: 'Neue Empfehlung' });
      await form.getByLabel('Titel').fill(title);
      await form.getByLabel('Befund aus den Ergebnissen').selectOption('avoid_places:yes');
      await form.getByRole('button', { name: 'Befund zitieren' }).click();
      await form.getByRole('button', { name: 'Empfehlung speichern' }).click();
      const item = section.getByRole('article', { name: title });
      await expect(item).toBeVisible();
      return item;
    };
    const lighting = await write('Sichtachsen im Schlosspark öffnen');
    const accept = lighting.getByRole('form', { name: 'Annehmen als Maßnahme' });
    await accept.getByLabel('Handlungskonzept').selectOption({ label: planTitle });
    await accept.getByLabel('Zielwert in Prozent').fill('20');
    await accept.getByRole('button', { name: 'Annehmen und Maßnahme anlegen' }).click();
    await expect(lighting.getByTestId('recommendation-measure')).toContainText(
      `Ausgangswert ${percent(before.share)}`,
    );
    const cameras = await write('Kameras am Marktplatz');
    const decline = cameras.getByRole('form', { name: 'Ablehnen' });
    await decline.getByLabel('Begründung').fill('Der Rat setzt auf Begegnung statt Überwachung.');
    await decline.getByRole('button', { name: 'Ablehnen' }).click();
    await expect(cameras).toContainText('Abgelehnt mit der Begründung');

    // The second wave is weighted: its results page compares each question with the first.
    const secondWave = await openResults(DEMO_SECOND_WAVE_TITLE);
    await weighIfNeeded(secondWave);
    const after = yesOf(await resultsOf(secondWave));
    const waves = page.getByRole('region', { name: 'Vergleich mit der vorigen Befragung' });
    await expect(waves).toContainText(`Befragung „${DEMO_RESULTS_TITLE}“`, { timeout: 20_000 });
    const avoid = waves.getByTestId('wave-avoid_places');
    const row = avoid.getByRole('row').filter({ hasText: 'Ja' });
    await expect(row).toContainText(percent(after.share));
    await expect(row).toContainText(percent(before.share));
    const overlap = !(
      after.interval.low > before.interval.high || after.interval.high < before.interval.low
    );
    await expect(row).toContainText(
      overlap ? 'keine gesicherte Veränderung' : 'die Intervalle überschneiden sich nicht',
    );
    await checkBothSizes(page);

    // Back on the first wave, the measure shows the indicator's change, and so does the plan.
    await openResults(DEMO_RESULTS_TITLE);
    const changeLine = `In der Befragung „${DEMO_SECOND_WAVE_TITLE}“: ${percent(after.share)}`;
    // The page reads both waves' results for the change: slow on a loaded machine.
    await expect(lighting.getByTestId('indicator-change')).toContainText(changeLine, {
      timeout: 20_000,
    });

    // Comparing with other councils needs the council's consent first.
    const councils = page.getByRole('region', { name: 'Vergleich mit anderen Präventionsräten' });
    await expect(councils.getByTestId('council-opt-in')).toContainText(
      'nimmt nicht am Vergleich teil',
    );
    await expect(councils.getByTestId('council-table')).toHaveCount(0);
    await councils.getByRole('button', { name: 'Am Vergleich teilnehmen' }).click();
    const table = councils.getByTestId('council-table');
    await expect(table.getByRole('row').filter({ hasText: 'Ihr Rat' })).toContainText(
      percent(before.share),
    );

    // The transfer workshop: a council meeting with the report attached.
    const transfer = page.getByRole('region', {
      name: 'Transfer: von der Empfehlung zum Erfahrungsbericht',
    });
    await expect(transfer.getByTestId('transfer-state')).toContainText(
      'Die Kette ist noch nicht abgeschlossen.',
    );
    const workshop = transfer.getByRole('form', { name: 'Transferwerkstatt anlegen' });
    await workshop.getByLabel('Beginn').fill('2026-12-15T18:00');
    await workshop.getByLabel('Ort').fill('Rathaus Königswartha');
    await workshop.getByRole('button', { name: 'Transferwerkstatt anlegen' }).click();
    // Creating the workshop writes the meeting and indexes it for search.
    await expect(transfer.getByTestId('transfer-state')).toContainText(
      'Die Kette ist abgeschlossen.',
      { timeout: 15_000 },
    );
    await checkBothSizes(page);

    await transfer
      .getByTestId('transfer-workshop')
      .getByRole('link', { name: `Transferwerkstatt: ${DEMO_RESULTS_TITLE}` })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Transferwerkstatt: ${DEMO_RESULTS_TITLE}` }),
    ).toBeVisible();
    const attachment = page.getByRole('link', { name: `Bericht: ${DEMO_RESULTS_TITLE}` });
    await expect(attachment).toHaveAttribute(
      'href',
      `/raete/${workspaceId}/sicherheitsanalyse/${firstWave}/bericht`,
    );
    await checkBothSizes(page);

    // The finished chain, prefilled from the analysis and edited, goes to the exchange.
    await page.goBack();
    const publish = transfer.getByRole('form', { name: 'Als Erfahrungsbericht veröffentlichen' });
    await expect(publish.getByLabel('Was wurde getan')).toHaveValue(
      /Sichtachsen im Schlosspark öffnen: Indikator/,
    );
    await expect(publish.getByLabel('Was wurde nicht umgesetzt')).toHaveValue(
      /Kameras am Marktplatz: abgelehnt, weil Der Rat setzt auf Begegnung statt Überwachung\./,
    );
    const summary = publish.getByLabel('Zusammenfassung');
    await summary.fill(`${await summary.inputValue()} Die Werkstatt tagte im Rathaus.`);
    await publish.getByRole('button', { name: 'Erfahrungsbericht veröffentlichen' }).click();
    const published = transfer.getByTestId('transfer-report');
    // Publishing writes the report and indexes it for search.
    await expect(published).toContainText('Veröffentlicht als Erfahrungsbericht', {
      timeout: 15_000,
    });
    const state = (await (
      await page.request.get(`/api/analyses/${firstWave}/transfer`)
    ).json()) as Transfer;
    const reportTitle = `Von der Befragung zur Maßnahme: ${DEMO_RESULTS_TITLE}`;
    expect(state.report).toMatchObject({ title: reportTitle });

    await plans.goto(workspaceId);
    await page.getByRole('link', { name: planTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: planTitle })).toBeVisible();
    await page.getByRole('button', { name: 'Karten' }).click();
    const card = page.getByRole('article').filter({ hasText: 'Sichtachsen im Schlosspark öffnen' });
    await expect(card.getByTestId('measure-change')).toContainText(changeLine, {
      timeout: 20_000,
    });

    await page.goto(`/austausch/berichte/${state.report!.reportId}`);
    await expect(page.getByRole('heading', { level: 1, name: reportTitle })).toBeVisible();
    await expect(page.getByText('Die Werkstatt tagte im Rathaus.')).toBeVisible();
  });
});
