import fs from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import type { Results } from '@pnetz/shared';
import JSZip from 'jszip';
import { DEMO_REPORT_TITLE } from '../../server/src/analysis/report/demo.seed';
import { pdfPages } from '../support/pdf';
import { signIn, workspaceIdOf, type Person } from './pages/plans.page';
import { checkBothSizes, DEMO } from './support';

const CAP = 'Kappungsgrenze (Vielfaches des mittleren Gewichts)';
const people: Person[] = [];

test.afterEach(async () => {
  while (people.length > 0) await people.pop()!.context.close();
});

const spaces = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
const decimal = (value: number, digits: number) =>
  new Intl.NumberFormat('de-DE', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
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

function nightShares(results: Results): string[] {
  const cell = results.questions.find((q) => q.name === 'safe_night_area')!.overall;
  if (cell.suppressed) throw new Error('safe_night_area is suppressed');
  return cell.options.map((o) => percent(o.share));
}

async function downloadOf(page: Page, link: string): Promise<{ name: string; body: Buffer }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ]);
  return { name: download.suggestedFilename(), body: await fs.readFile((await download.path())!) };
}

test.describe('the report of a security analysis', () => {
  test.describe.configure({ timeout: 240_000 });

  test('the team writes the report with a live chart and prints it with the method appendix', async ({
    browser,
  }) => {
    const admin = await signIn(browser, DEMO.glauchauAdmin);
    people.push(admin);
    const { page } = admin;
    const workspaceId = await workspaceIdOf(page, 'Glauchau');
    await page.goto(`/raete/${workspaceId}/sicherheitsanalyse`);
    await page.getByRole('link', { name: DEMO_REPORT_TITLE }).click();
    await page.waitForURL(/sicherheitsanalyse\/[0-9a-f]{24}$/);
    const analysisPage = page.url();
    const analysisId = /sicherheitsanalyse\/([0-9a-f]{24})$/.exec(analysisPage)![1]!;

    // The team weights the returns with the usual cap of 5.
    await page.getByRole('link', { name: 'Ergebnisse ansehen' }).click();
    await expect(page.getByLabel(CAP)).toHaveValue('5');
    await page.getByRole('button', { name: 'Gewichtung berechnen' }).click();
    await expect(page.getByTestId('weighting-run')).toBeVisible();
    const first = await resultsOf(page, analysisId);

    // … and starts the report: the outline is there, in the live editor.
    await page.goto(analysisPage);
    await page.getByRole('link', { name: 'Bericht öffnen' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Bericht: ${DEMO_REPORT_TITLE}` }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Bericht anlegen' }).click();
    const editor = page.getByRole('textbox', { name: 'Berichtstext' });
    for (const heading of ['Einleitung', 'Methode', 'Ergebnisse', 'Angsträume', 'Empfehlungen'])
      await expect(editor.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expect(page.getByText('Verbindung zum Plan: Verbunden')).toBeVisible();

    // A chart of a headline question under "Ergebnisse", and a table by district.
    await editor.getByText('Die wichtigsten Befunde').click();
    await page.keyboard.press('End');
    const form = page.getByRole('form', { name: 'Abbildung einfügen' });
    await form.getByLabel('Frage oder Index').selectOption('question:safe_night_area');
    await form.getByRole('button', { name: 'Abbildung einfügen' }).click();
    const chart = editor.getByTestId('report-figure-chart');
    await expect(chart).toBeVisible();
    for (const share of nightShares(first))
      await expect(chart.getByRole('table')).toContainText(share);
    await expect(chart.getByRole('img')).toHaveAttribute('aria-label', /^Balkendiagramm „.+“/);

    await form.getByLabel('Frage oder Index').selectOption('question:safe_night_area');
    await form.getByLabel('Aufschlüsselung').selectOption('district');
    await form.getByRole('radio', { name: 'Tabelle' }).check();
    await form.getByRole('button', { name: 'Abbildung einfügen' }).click();
    const byDistrict = editor.getByTestId('report-figure-table');
    await expect(byDistrict).toBeVisible();
    // Reinholdshain has fewer than 10 respondents: "–", never a number.
    const suppressed = byDistrict.getByTestId('suppressed');
    await expect(suppressed.first()).toHaveText('–');
    await checkBothSizes(page);
    const before = spaces((await chart.getByRole('table').textContent()) ?? '');

    // A tighter cap on the results page: the chart in the report follows the newest run.
    await page.getByRole('link', { name: 'Ergebnisse ansehen' }).click();
    await page.getByLabel(CAP).fill('2.1');
    await page.getByRole('button', { name: 'Gewichtung berechnen' }).click();
    await expect.poll(async () => (await resultsOf(page, analysisId)).run!.cap).toBe(2.1);
    const second = await resultsOf(page, analysisId);
    expect(nightShares(second)).not.toEqual(nightShares(first));
    await page.goBack();
    const chartAgain = page
      .getByRole('textbox', { name: 'Berichtstext' })
      .getByTestId('report-figure-chart');
    await expect(chartAgain).toBeVisible();
    for (const share of nightShares(second))
      await expect(chartAgain.getByRole('table')).toContainText(share);
    expect(spaces((await chartAgain.getByRole('table').textContent()) ?? '')).not.toBe(before);

    // Both printouts carry the figures of the newest run and the method appendix.
    const pdf = await downloadOf(page, 'Als PDF herunterladen');
    expect(pdf.name).toMatch(/\.pdf$/);
    const text = (await pdfPages(pdf.body)).map(spaces).join('\n');
    expect(text).toContain('Methodenanhang');
    expect(text).toContain('Kappungsgrenze: 2,1 × mittleres Gewicht');
    expect(text).toContain(`Designeffekt (Kish): ${decimal(second.run!.deff, 3)}`);
    expect(text).toContain(`effektive Fallzahl: ${decimal(second.run!.nEff, 1)}`);
    for (const share of nightShares(second)) expect(text).toContain(spaces(share));
    // The district under 10 respondents is printed as "–", never as a number.
    expect(text).toMatch(/Reinholdshain(\s+–){5}/);

    const docx = await downloadOf(page, 'Als Word-Datei (DOCX) herunterladen');
    expect(docx.name).toMatch(/\.docx$/);
    const xml = await (await JSZip.loadAsync(docx.body)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('Methodenanhang');
    expect(spaces(xml)).toContain('Kappungsgrenze: 2,1 × mittleres Gewicht');
    expect(xml).toContain('Beschreibung: ');
  });

  test('a council member reads the report and its figures but cannot edit it', async ({
    browser,
  }) => {
    const member = await signIn(browser, DEMO.glauchauPolice);
    people.push(member);
    const { page } = member;
    const workspaceId = await workspaceIdOf(page, 'Glauchau');
    await page.goto(`/raete/${workspaceId}/sicherheitsanalyse`);
    await page.getByRole('link', { name: DEMO_REPORT_TITLE }).click();
    await page.getByRole('link', { name: 'Bericht öffnen' }).click();
    await expect(
      page.getByText('Sie können den Bericht lesen; bearbeiten kann ihn das Analyseteam.'),
    ).toBeVisible();
    const editor = page.getByRole('textbox', { name: 'Berichtstext' });
    await expect(editor).toHaveAttribute('aria-readonly', 'true');
    await expect(editor.getByTestId('report-figure-chart')).toBeVisible();
    await expect(page.getByRole('form', { name: 'Abbildung einfügen' })).toHaveCount(0);
    await checkBothSizes(page);
  });
});
