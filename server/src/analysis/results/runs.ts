import { MARGIN_VARIABLES, type MarginVariable, type StratumCount } from '@pnetz/shared';
import type { Types } from 'mongoose';
import type { Margin } from './statistics';
import { WeightingRunModel, type WeightingRunRecord } from './weighting.model';

/**
 * The recorded weighting runs and the register margins they rake to: read by the results, the
 * weighting itself and every feature that weights (places avoided, the report).
 */

export type RakingMargin = Margin & { variable: MarginVariable };

/** The register's strata summed per margin variable: residents per district, age group, sex. */
export function marginsOf(strata: readonly StratumCount[]): RakingMargin[] {
  return MARGIN_VARIABLES.map((variable) => {
    const targets: Record<string, number> = {};
    for (const stratum of strata)
      targets[stratum[variable]] = (targets[stratum[variable]] ?? 0) + stratum.count;
    return { variable, targets };
  });
}

/** The newest run of an analysis, with its weights unless told not to; null before the first. */
export async function latestRun(
  analysisId: Types.ObjectId | string,
  options: { withWeights: boolean } = { withWeights: true },
): Promise<WeightingRunRecord | null> {
  return WeightingRunModel.findOne(
    { analysisId },
    options.withWeights ? {} : { responseIds: 0, weights: 0 },
  )
    .sort({ createdAt: -1, _id: -1 })
    .lean<WeightingRunRecord>();
}

/** Every run of an analysis, newest first, without the weights. */
export async function listRuns(analysisId: Types.ObjectId): Promise<WeightingRunRecord[]> {
  return WeightingRunModel.find(
    { analysisId },
    { responseIds: 0, weights: 0, figures: 0, returns: 0 },
  )
    .sort({ createdAt: -1, _id: -1 })
    .lean<WeightingRunRecord[]>();
}

/**
 * The weight of each response under the analysis's newest weighting run: response id → weight.
 * Responses without a weight (not stating district, age group and sex, or arrived after the
 * run) are absent; the map is empty before the first run. Weighted figures elsewhere (places
 * avoided, the report) take their weights from here so they match the results page.
 */
export async function weightsFor(
  analysisId: Types.ObjectId | string,
): Promise<Map<string, number>> {
  const run = await latestRun(analysisId);
  const weights = new Map<string, number>();
  run?.responseIds.forEach((id, index) => weights.set(id, run.weights[index]!));
  return weights;
}
