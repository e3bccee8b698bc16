import { MARGIN_VARIABLES, RESULTS_LIMITS, type Results, type WeightingRun } from '@pnetz/shared';
import { resolvePeople } from '../../privacy/attribution';
import type { SecurityAnalysis } from '../analysis.model';
import { ResponseModel } from '../response.model';
import { computeFigures, orderedCategories, type ResultFigures } from './compute';
import {
  categoriesOf,
  questionnaireJson,
  responsesOf,
  weightedUnits,
  type StoredResponse,
} from './responses';
import { suppressedCells } from './suppression';
import { ResultsSnapshotModel, type WeightingRunRecord } from './weighting.model';
import { latestRun, marginsOf } from './runs';

/** The run as readers see it; the margins (small counts) only for the team. */
export async function presentRun(
  run: WeightingRunRecord,
  team: boolean,
  responseCount: number | null,
): Promise<WeightingRun> {
  const people = await resolvePeople([run.startedBy]);
  return {
    id: run._id.toHexString(),
    cap: run.cap,
    tolerance: run.tolerance,
    maxIterations: run.maxIterations,
    responses: run.responses,
    weighted: run.weighted || run.responseIds.length,
    iterations: run.iterations,
    trimRounds: run.trimRounds,
    trimmed: run.trimmed,
    deff: run.deff,
    nEff: run.nEff,
    designWeights: run.designWeights,
    margins: team ? run.margins.map((m) => ({ variable: m.variable, targets: m.targets })) : null,
    startedBy: people.ref(run.startedBy),
    createdAt: run.createdAt.toISOString(),
    newResponses: responseCount === null ? null : Math.max(0, responseCount - run.responses),
  };
}

/** Responses per stated stratum, counted in the database (no answers are read). */
async function stratumCounts(analysis: Pick<SecurityAnalysis, '_id'>) {
  const rows = await ResponseModel.aggregate<{
    _id: { district?: string | null; ageGroup?: string | null; sex?: string | null };
    n: number;
  }>([
    { $match: { analysisId: analysis._id } },
    {
      $group: {
        _id: { district: '$stratum.district', ageGroup: '$stratum.ageGroup', sex: '$stratum.sex' },
        n: { $sum: 1 },
      },
    },
  ]);
  return rows.map((row) => ({ stratum: row._id, n: row.n }));
}

/** Returns per margin category against the letters drawn there; small counts suppressed. */
export function returnsOf(
  analysis: SecurityAnalysis,
  counts: ReadonlyArray<{
    stratum: { district?: string | null; ageGroup?: string | null; sex?: string | null };
    n: number;
  }>,
) {
  const strata = analysis.sample?.strata ?? [];
  const total = counts.reduce((sum, c) => sum + c.n, 0);
  const byMargin = MARGIN_VARIABLES.map((variable) => {
    const drawn = new Map<string, number>();
    for (const stratum of strata)
      drawn.set(stratum[variable], (drawn.get(stratum[variable]) ?? 0) + stratum.count);
    const returned = new Map<string, number>();
    for (const { stratum, n } of counts) {
      const category = stratum[variable];
      if (category && drawn.has(category))
        returned.set(category, (returned.get(category) ?? 0) + n);
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
  return { sent, returned: total, rate: sent > 0 ? total / sent : null, byMargin };
}

/**
 * The weighted figures of a run: every closed question and index, overall and by district,
 * age group and sex, suppressed where small. They depend only on the run's weights, the
 * responses it weighted and the (frozen) questionnaire, so a run computes them once.
 */
export async function figuresOf(
  analysis: SecurityAnalysis,
  run: Pick<WeightingRunRecord, 'responseIds' | 'weights' | 'margins'>,
  responses?: readonly StoredResponse[],
): Promise<ResultFigures> {
  const [json, stored] = await Promise.all([
    questionnaireJson(analysis),
    responses ?? responsesOf(analysis),
  ]);
  const categories = categoriesOf(
    run.margins.length > 0 ? run.margins : marginsOf(analysis.register?.margins ?? []),
  );
  return computeFigures(json, weightedUnits(stored, run), categories);
}

/**
 * The results of an analysis as the caller may see them: the newest weighting run's figures,
 * the return rates and the indices. Before the first run only the return rates are there.
 */
export async function resultsOf(analysis: SecurityAnalysis, team: boolean): Promise<Results> {
  const base = {
    analysisId: analysis._id.toHexString(),
    minimumCell: RESULTS_LIMITS.minimumCell,
    permissions: { manage: team },
  };
  // The newest run's figures and the returns as they were, in one document: serving them stays
  // fast however many responses there are (the runs list counts the newer ones).
  const snapshot = await ResultsSnapshotModel.findById(analysis._id).lean();
  if (snapshot) {
    const run = { ...snapshot.run, responseIds: [], weights: [], figures: null, returns: null };
    return {
      ...base,
      returns: snapshot.returns,
      run: await presentRun(run, team, null),
      ...snapshot.figures,
    };
  }
  const returns = returnsOf(analysis, await stratumCounts(analysis));
  const run = await latestRun(analysis._id);
  if (!run) return { ...base, returns, run: null, questions: [], indices: [] };
  return {
    ...base,
    returns,
    run: await presentRun(run, team, null),
    ...(await figuresOf(analysis, run)),
  };
}

/** Responses per stated stratum, from responses in memory (as a run counts them). */
export function countStrata(responses: ReadonlyArray<Pick<StoredResponse, 'stratum'>>) {
  const counts = new Map<string, { stratum: StoredResponse['stratum']; n: number }>();
  for (const { stratum } of responses) {
    const key = `${stratum.district ?? ''}\u0000${stratum.ageGroup ?? ''}\u0000${stratum.sex ?? ''}`;
    const entry = counts.get(key) ?? { stratum, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}
