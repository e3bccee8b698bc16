import {
  MARGIN_VARIABLES,
  RESULTS_LIMITS,
  type MarginVariable,
  type Results,
  type WeightingRun,
} from '@pnetz/shared';
import { resolvePeople } from '../../privacy/attribution';
import type { SecurityAnalysis } from '../analysis.model';
import { QuestionnaireModel } from '../questionnaire.model';
import { questionnaireTemplate } from '../questionnaire/template';
import type { Json } from '../questionnaire/survey-json';
import { ResponseModel, type ResponseStratum } from '../response.model';
import { computeFigures, orderedCategories, type WeightedUnit } from './compute';
import { suppressedCells } from './suppression';
import type { WeightingRunRecord } from './weighting.model';
import { latestRun, marginsOf, type RakingMargin } from './weighting.service';

export interface StoredResponse {
  _id: string;
  questionnaireVersion: number;
  channel: string;
  language: string;
  answers: Record<string, unknown>;
  stratum: ResponseStratum;
}

/** The analysis's questionnaire (the version in the field), or the standard one before a copy. */
export async function questionnaireJson(analysis: Pick<SecurityAnalysis, '_id'>): Promise<Json> {
  const questionnaire = await QuestionnaireModel.findOne({ analysisId: analysis._id }).lean();
  return questionnaire?.json ?? questionnaireTemplate();
}

export async function responsesOf(analysis: Pick<SecurityAnalysis, '_id'>) {
  return ResponseModel.find(
    { analysisId: analysis._id },
    { answers: 1, stratum: 1, questionnaireVersion: 1, channel: 1, language: 1 },
  )
    .sort({ _id: 1 })
    .lean<StoredResponse[]>();
}

/** The run as readers see it; the margins (small counts) only for the team. */
export async function presentRun(
  run: WeightingRunRecord,
  team: boolean,
  responseCount: number,
): Promise<WeightingRun> {
  const people = await resolvePeople([run.startedBy]);
  return {
    id: run._id.toHexString(),
    cap: run.cap,
    tolerance: run.tolerance,
    maxIterations: run.maxIterations,
    responses: run.responses,
    weighted: run.responseIds?.length ?? 0,
    iterations: run.iterations,
    trimRounds: run.trimRounds,
    trimmed: run.trimmed,
    deff: run.deff,
    nEff: run.nEff,
    designWeights: run.designWeights,
    margins: team ? run.margins.map((m) => ({ variable: m.variable, targets: m.targets })) : null,
    startedBy: people.ref(run.startedBy),
    createdAt: run.createdAt.toISOString(),
    newResponses: Math.max(0, responseCount - run.responses),
  };
}

/** The register's categories per margin, in reading order (categories with residents only). */
export function categoriesOf(margins: readonly RakingMargin[]): Record<MarginVariable, string[]> {
  const categories = {} as Record<MarginVariable, string[]>;
  for (const variable of MARGIN_VARIABLES) {
    const margin = margins.find((m) => m.variable === variable);
    categories[variable] = orderedCategories(
      variable,
      Object.entries(margin?.targets ?? {})
        .filter(([, count]) => count > 0)
        .map(([category]) => category),
    );
  }
  return categories;
}

/** The weighted units of a run: responses with a weight, with their margin categories. */
export function weightedUnits(
  responses: readonly StoredResponse[],
  run: Pick<WeightingRunRecord, 'responseIds' | 'weights'>,
): WeightedUnit[] {
  const weights = new Map(run.responseIds.map((id, i) => [id, run.weights[i]!]));
  const units: WeightedUnit[] = [];
  for (const response of responses) {
    const weight = weights.get(response._id);
    if (weight === undefined) continue;
    units.push({
      answers: response.answers,
      categories: {
        district: response.stratum.district ?? '',
        ageGroup: response.stratum.ageGroup ?? '',
        sex: response.stratum.sex ?? '',
      },
      weight,
    });
  }
  return units;
}

/** Returns per margin category against the letters drawn there; small counts suppressed. */
function returnsOf(analysis: SecurityAnalysis, responses: readonly StoredResponse[]) {
  const strata = analysis.sample?.strata ?? [];
  const byMargin = MARGIN_VARIABLES.map((variable) => {
    const drawn = new Map<string, number>();
    for (const stratum of strata)
      drawn.set(stratum[variable], (drawn.get(stratum[variable]) ?? 0) + stratum.count);
    const returned = new Map<string, number>();
    for (const response of responses) {
      const category = response.stratum[variable];
      if (category && drawn.has(category))
        returned.set(category, (returned.get(category) ?? 0) + 1);
    }
    const categories = orderedCategories(variable, drawn.keys());
    const hidden = suppressedCells(categories.map((c) => returned.get(c) ?? 0));
    return {
      variable,
      groups: categories.map((category, i) => {
        const count = returned.get(category) ?? 0;
        const sent = drawn.get(category) ?? 0;
        return {
          category,
          drawn: sent,
          returned: hidden[i] ? null : count,
          rate: hidden[i] || sent === 0 ? null : count / sent,
        };
      }),
    };
  });
  const sent = analysis.letters?.issued ?? 0;
  return {
    sent,
    returned: responses.length,
    rate: sent > 0 ? responses.length / sent : null,
    byMargin,
  };
}

/**
 * The results of an analysis as the caller may see them: the newest weighting run's figures,
 * the return rates and the indices. Before the first run only the return rates are there.
 */
export async function resultsOf(analysis: SecurityAnalysis, team: boolean): Promise<Results> {
  const [json, responses, run] = await Promise.all([
    questionnaireJson(analysis),
    responsesOf(analysis),
    latestRun(analysis._id),
  ]);
  const base = {
    analysisId: analysis._id.toHexString(),
    minimumCell: RESULTS_LIMITS.minimumCell,
    returns: returnsOf(analysis, responses),
    permissions: { manage: team },
  };
  if (!run) return { ...base, run: null, questions: [], indices: [] };
  const categories = categoriesOf(
    run.margins.length > 0 ? run.margins : marginsOf(analysis.register?.margins ?? []),
  );
  const figures = computeFigures(json, weightedUnits(responses, run), categories);
  return { ...base, run: await presentRun(run, team, responses.length), ...figures };
}
