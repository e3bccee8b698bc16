import { RESULTS_LIMITS, type MarginVariable } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { conflict } from '../../errors';
import type { SecurityAnalysis } from '../analysis.model';
import type { ResponseStratum } from '../response.model';
import { responsesOf } from './responses';
import { marginsOf, type RakingMargin } from './runs';
import { countStrata, figuresOf, returnsOf } from './results.service';
import { StatisticsError, kish, rakeAndTrim } from './statistics';
import {
  ResultsSnapshotModel,
  WeightingRunModel,
  type WeightingRunRecord,
} from './weighting.model';

/**
 * The respondent's categories for raking, or null when one is not stated. A respondent's `x`
 * ("keine Angabe") counts as not stated unless the register itself has residents under `x`.
 */
export function rakingUnit(
  stratum: ResponseStratum,
  margins: readonly RakingMargin[],
): Record<MarginVariable, string> | null {
  const unit = {} as Record<MarginVariable, string>;
  for (const { variable, targets } of margins) {
    const value = stratum[variable];
    if (!value) return null;
    if (variable === 'sex' && value === 'x' && !(targets.x! > 0)) return null;
    unit[variable] = value;
  }
  return unit;
}

const cellKey = (s: { district: string; ageGroup: string; sex: string }) =>
  `${s.district}\u0000${s.ageGroup}\u0000${s.sex}`;

/**
 * Start weights: the sample's design weights N_h / n_h where every respondent's stratum was
 * drawn from; otherwise 1 for everyone (raking alone then carries the weighting).
 */
export function designWeights(
  analysis: Pick<SecurityAnalysis, 'sample'>,
  units: ReadonlyArray<Record<MarginVariable, string>>,
): number[] | null {
  const strata = new Map(
    (analysis.sample?.strata ?? [])
      .filter((s) => s.count > 0)
      .map((s) => [cellKey(s), s.population / s.count]),
  );
  if (strata.size === 0) return null;
  const weights = units.map((unit) => strata.get(cellKey(unit)));
  return weights.every((w): w is number => w !== undefined) ? weights : null;
}

/**
 * Rakes the analysis's responses to the register's margins with the chosen cap and records the
 * run. Responses that do not state district, age group and sex get no weight and stay out of
 * the weighted figures. A margin that cannot be met is refused naming the margin and category;
 * nothing is stored then.
 */
export async function runWeighting(
  actor: Actor,
  analysis: SecurityAnalysis,
  cap: number | null,
): Promise<WeightingRunRecord> {
  if (!analysis.register)
    throw conflict('Import the register before weighting: the margins come from it');
  const margins = marginsOf(analysis.register.margins);
  const responses = await responsesOf(analysis);
  const ids: string[] = [];
  const units: Array<Record<MarginVariable, string>> = [];
  for (const response of responses) {
    const unit = rakingUnit(response.stratum ?? {}, margins);
    if (!unit) continue;
    ids.push(response._id);
    units.push(unit);
  }
  if (units.length === 0)
    throw conflict(
      'No response states district, age group and sex yet: there is nothing to weight',
    );
  const start = designWeights(analysis, units);
  let result;
  try {
    result = rakeAndTrim(units, margins, cap, start ?? undefined, {
      tolerance: RESULTS_LIMITS.tolerance,
      maxIterations: RESULTS_LIMITS.maxIterations,
    });
  } catch (error) {
    if (!(error instanceof StatisticsError)) throw error;
    const margin = error.margin
      ? `margins.${error.margin}${error.category === undefined ? '' : `.${error.category}`}`
      : null;
    const paths =
      error.problem === 'cap_unreachable'
        ? ['body.cap', ...(margin ? [margin] : [])]
        : [margin ?? 'responses'];
    throw conflict(
      error.message,
      paths.map((path) => ({ path, message: error.message })),
    );
  }
  const { nEff, deff } = kish(result.weights);
  const figures = await figuresOf(
    analysis,
    { responseIds: ids, weights: result.weights, margins },
    responses,
  );
  const created = await WeightingRunModel.create({
    figures,
    returns: returnsOf(analysis, countStrata(responses)),
    analysisId: analysis._id,
    cap,
    tolerance: RESULTS_LIMITS.tolerance,
    maxIterations: RESULTS_LIMITS.maxIterations,
    margins,
    designWeights: start !== null,
    responses: responses.length,
    weighted: ids.length,
    iterations: result.iterations,
    trimRounds: result.trimRounds,
    trimmed: result.trimmed,
    deff,
    nEff,
    responseIds: ids,
    weights: result.weights,
    startedBy: new Types.ObjectId(actor.id),
  });
  const record = created.toObject();
  const { responseIds: _ids, weights: _weights, figures: _f, returns: _r, ...summary } = record;
  // A snapshot stored under another id (before snapshots were kept under the analysis's id)
  // would hold the analysis's unique place.
  await ResultsSnapshotModel.deleteMany({ analysisId: analysis._id, _id: { $ne: analysis._id } });
  await ResultsSnapshotModel.updateOne(
    { _id: analysis._id },
    {
      $set: {
        analysisId: analysis._id,
        run: summary,
        figures: record.figures,
        returns: record.returns,
      },
    },
    { upsert: true },
  );
  return record;
}

export { latestRun, listRuns, weightsFor } from './runs';
