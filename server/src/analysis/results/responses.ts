import { MARGIN_VARIABLES, type MarginVariable } from '@pnetz/shared';
import type { SecurityAnalysis } from '../analysis.model';
import { QuestionnaireModel } from '../questionnaire.model';
import { questionnaireTemplate } from '../questionnaire/template';
import type { Json } from '../questionnaire/survey-json';
import { ResponseModel, type ResponseStratum } from '../response.model';
import { orderedCategories, type WeightedUnit } from './compute';
import type { WeightingRunRecord } from './weighting.model';

/** What the results read: the responses, the questionnaire, and the register's categories. */

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

/** The register's categories per margin, in reading order (categories with residents only). */
export function categoriesOf(
  margins: ReadonlyArray<{ variable: MarginVariable; targets: Record<string, number> }>,
): Record<MarginVariable, string[]> {
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
