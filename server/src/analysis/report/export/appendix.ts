import { RESULTS_LIMITS, type Language, type MarginVariable, type Results } from '@pnetz/shared';
import type { Block } from '../../../plans/export/blocks';
import { formatDay } from '../../../plans/export/labels';
import type { SecurityAnalysis } from '../../analysis.model';
import { categoryLabel, decimal, integer, percent, REPORT_LABELS } from './labels';

type Table = Extract<Block, { type: 'table' }>;

const heading = (level: number, value: string): Block => ({
  type: 'heading',
  level,
  inlines: [{ text: value }],
});
const paragraph = (value: string): Block => ({ type: 'paragraph', inlines: [{ text: value }] });
const cell = (value: string): Block[] => [paragraph(value)];
const table = (header: string[], rows: string[][]): Table => ({
  type: 'table',
  rows: [
    { header: true, cells: header.map(cell) },
    ...rows.map((row) => ({ header: false, cells: row.map(cell) })),
  ],
});

const TEXT = {
  de: {
    sample: (size: number, register: number, drawnOn: string, allocation: string) =>
      `Aus dem Melderegister (${register} Einwohnerinnen und Einwohner ab 16 Jahren) wurde am ${drawnOn} ` +
      `eine nach Ortsteil, Altersgruppe und Geschlecht geschichtete Zufallsstichprobe von ${size} ` +
      `Personen gezogen (${allocation === 'proportional' ? 'proportionale Aufteilung' : 'Mindestzahl je Schicht'}).`,
    noSample: 'Die Stichprobe ist nicht erfasst.',
    returns: (sent: number, returned: number, rate: string) =>
      `Versandte Anschreiben: ${sent}. Rückläufe: ${returned}. Rücklaufquote: ${rate}.`,
    raking: (designWeights: boolean) =>
      'Die Antworten wurden durch Raking (iterative proportionale Anpassung) an die Ränder des ' +
      'Melderegisters nach Ortsteil, Altersgruppe und Geschlecht gewichtet. Startgewichte: ' +
      (designWeights ? 'die Designgewichte N_h / n_h der Stichprobe.' : 'für alle Antworten 1.'),
    run: (values: Record<string, string>) =>
      `Gewichtungslauf vom ${values.date}: ${values.weighted} von ${values.responses} Antworten ` +
      `gewichtet; Kappungsgrenze: ${values.cap}; Iterationen: ${values.iterations} in ` +
      `${values.trimRounds} Kappungsrunden (Toleranz ${values.tolerance}, höchstens ` +
      `${values.maxIterations}); gekappte Gewichte: ${values.trimmed}; Designeffekt (Kish): ` +
      `${values.deff}; effektive Fallzahl: ${values.nEff}.`,
    cap: (cap: number | null, language: Language) =>
      cap === null ? 'keine Kappung' : `${decimal(cap, language, 1)} × mittleres Gewicht`,
    suppression: (minimum: number) =>
      `Zellen mit weniger als ${minimum} Befragten (ungewichtet) werden nirgends ausgewiesen („–“), ` +
      'ebenso eine zweite Zelle, wenn sich die erste sonst aus einer Summe errechnen ließe ' +
      '(sekundäre Unterdrückung). Anteile werden mit 95-%-Konfidenzintervallen nach Wilson auf ' +
      'der effektiven Fallzahl angegeben. Ränder des Melderegisters unter ' +
      `${minimum} Personen stehen als „–“.`,
  },
  en: {
    sample: (size: number, register: number, drawnOn: string, allocation: string) =>
      `From the population register (${register} residents aged 16 or over) a random sample of ` +
      `${size} people stratified by district, age group and sex was drawn on ${drawnOn} ` +
      `(${allocation === 'proportional' ? 'proportional allocation' : 'minimum per stratum'}).`,
    noSample: 'The sample is not recorded.',
    returns: (sent: number, returned: number, rate: string) =>
      `Letters sent: ${sent}. Returns: ${returned}. Return rate: ${rate}.`,
    raking: (designWeights: boolean) =>
      'The responses were weighted by raking (iterative proportional fitting) to the register ' +
      'margins by district, age group and sex. Start weights: ' +
      (designWeights ? "the sample's design weights N_h / n_h." : '1 for every response.'),
    run: (values: Record<string, string>) =>
      `Weighting run of ${values.date}: ${values.weighted} of ${values.responses} responses ` +
      `weighted; cap: ${values.cap}; iterations: ${values.iterations} in ${values.trimRounds} ` +
      `trimming rounds (tolerance ${values.tolerance}, at most ${values.maxIterations}); trimmed ` +
      `weights: ${values.trimmed}; design effect (Kish): ${values.deff}; effective sample size: ` +
      `${values.nEff}.`,
    cap: (cap: number | null, language: Language) =>
      cap === null ? 'no trimming' : `${decimal(cap, language, 1)} × mean weight`,
    suppression: (minimum: number) =>
      `Cells with fewer than ${minimum} respondents (unweighted) are never shown ("–"), nor is a ` +
      'second cell from which the first could be computed from a total (secondary suppression). ' +
      'Shares carry 95 % Wilson confidence intervals on the effective sample size. Register ' +
      `margins under ${minimum} people show as "–".`,
  },
} satisfies Record<Language, unknown>;

/**
 * The method appendix, written from the recorded weighting run: the sample, the returns and
 * return rate per stratum, the margins, the cap, the iterations, the design effect and the
 * effective n, and the suppression rule. Small counts stay suppressed here too.
 */
export function methodAppendix(
  analysis: Pick<SecurityAnalysis, 'sample' | 'register'>,
  results: Results,
  language: Language,
): Block[] {
  const labels = REPORT_LABELS[language];
  const words = TEXT[language];
  const minimum = RESULTS_LIMITS.minimumCell;
  const blocks: Block[] = [heading(2, labels.appendix), heading(3, labels.sample)];
  const { sample, register } = analysis;
  blocks.push(
    paragraph(
      sample
        ? words.sample(
            sample.size,
            register?.rows ?? sample.strata.reduce((sum, s) => sum + s.population, 0),
            formatDay(sample.drawnOn, language),
            sample.allocation,
          )
        : words.noSample,
    ),
  );
  const { returns } = results;
  blocks.push(
    paragraph(
      words.returns(
        returns.sent,
        returns.returned,
        returns.rate === null ? '–' : percent(returns.rate, language),
      ),
    ),
  );
  for (const margin of returns.byMargin) {
    blocks.push(paragraph(`${labels.returnsBy} ${labels.by[margin.variable]}`));
    blocks.push(
      table(
        [labels.group[margin.variable], ...labels.returnColumns],
        margin.groups.map((g) => [
          categoryLabel(labels, margin.variable, g.category),
          String(g.drawn),
          g.returned === null ? '–' : String(g.returned),
          g.rate === null ? '–' : percent(g.rate, language),
        ]),
      ),
    );
  }
  blocks.push(heading(3, labels.weighting));
  const run = results.run;
  if (!run) {
    blocks.push(paragraph(labels.notWeighted));
  } else {
    blocks.push(paragraph(words.raking(run.designWeights)));
    blocks.push(
      paragraph(
        words.run({
          date: formatDay(run.createdAt.slice(0, 10), language),
          weighted: String(run.weighted),
          responses: String(run.responses),
          cap: words.cap(run.cap, language),
          iterations: String(run.iterations),
          trimRounds: String(run.trimRounds),
          tolerance: String(run.tolerance),
          maxIterations: String(run.maxIterations),
          trimmed: String(run.trimmed),
          deff: decimal(run.deff, language, 3),
          nEff: decimal(run.nEff, language, 1),
        }),
      ),
    );
    if (run.margins) {
      blocks.push(paragraph(labels.marginsTitle));
      blocks.push(
        table(
          labels.marginColumns,
          run.margins.flatMap((margin) =>
            Object.entries(margin.targets).map(([category, count]) => [
              labels.group[margin.variable as MarginVariable],
              categoryLabel(labels, margin.variable, category),
              count < minimum ? '–' : integer(count, language),
            ]),
          ),
        ),
      );
    }
  }
  blocks.push(heading(3, labels.suppression), paragraph(words.suppression(minimum)));
  return blocks;
}
