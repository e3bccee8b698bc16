import type { CouncilComparison, CouncilFigures, Headline } from '@pnetz/shared';
import { Types } from 'mongoose';
import { isCoordinator, isPlatformAdmin, type Actor } from '../../auth/actor';
import { WorkspaceModel } from '../../workspaces/workspace.model';
import { SecurityAnalysisModel, type SecurityAnalysis } from '../analysis.model';
import { originOfWave, readFinding } from '../recommendations/findings';
import { resultsOf } from '../results/results.service';
import { latestRun } from '../results/runs';
import { authorizeTransfer } from './transfer.policy';
import { TransferModel } from './transfer.model';

/** The headline indicators, by their names in the standard questionnaire. */
export const HEADLINES: readonly Headline[] = [
  { id: 'safe_night_area', question: 'safe_night_area', option: null, measure: 'mean' },
  { id: 'safe_day_area', question: 'safe_day_area', option: null, measure: 'mean' },
  { id: 'avoid_places:yes', question: 'avoid_places', option: 'yes', measure: 'share' },
];

/** One analysis's headline figures; a figure resting on fewer than 10 answers stays null. */
async function figuresOf(analysis: SecurityAnalysis) {
  const [results, origin] = await Promise.all([resultsOf(analysis, false), originOfWave(analysis)]);
  return HEADLINES.map((headline) => {
    const question = results.questions.find((q) => origin(q.name) === headline.question);
    if (!question) return null;
    const found = readFinding(results, { question: question.name, option: headline.option });
    if (typeof found === 'string' || found.measure !== headline.measure) return null;
    return { value: found.value, interval: found.interval };
  });
}

/** Per opted-in council its newest opted-in analysis with weighted results. */
async function optedInAnalyses(): Promise<SecurityAnalysis[]> {
  const rows = await TransferModel.find({ compare: true }, { _id: 1 }).lean();
  const analyses = await SecurityAnalysisModel.find({ _id: { $in: rows.map((r) => r._id) } })
    .sort({ createdAt: -1 })
    .lean<SecurityAnalysis[]>();
  const chosen = new Map<string, SecurityAnalysis>();
  for (const analysis of analyses) {
    const council = analysis.workspaceId.toHexString();
    if (chosen.has(council) || !(await latestRun(analysis._id))) continue;
    chosen.set(council, analysis);
  }
  return [...chosen.values()];
}

/**
 * The comparison between councils as the caller may see it: nothing unless this analysis opted
 * in (the programme staff see every opted-in council), and only aggregates that rest on at least
 * 10 answers.
 */
export async function councilComparison(
  actor: Actor,
  analysis: SecurityAnalysis,
): Promise<CouncilComparison> {
  const { manage } = await authorizeTransfer(actor, analysis, 'read');
  const own = await TransferModel.findById(analysis._id, { compare: 1 }).lean();
  const optedIn = own?.compare === true;
  const staff = isCoordinator(actor) || isPlatformAdmin(actor);
  const base = {
    analysisId: analysis._id.toHexString(),
    optedIn,
    headlines: [...HEADLINES],
    permissions: { optIn: manage },
  };
  if (!optedIn && !staff) return { ...base, councils: [] };
  const analyses = await optedInAnalyses();
  const names = new Map(
    (
      await WorkspaceModel.find(
        { _id: { $in: analyses.map((a) => a.workspaceId) } },
        { name: 1 },
      ).lean()
    ).map((w) => [w._id.toHexString(), w.name]),
  );
  const councils = await Promise.all(
    analyses.map(async (other): Promise<CouncilFigures> => ({
      analysisId: other._id.toHexString(),
      analysisTitle: other.title,
      council: names.get(other.workspaceId.toHexString()) ?? '',
      own: other.workspaceId.equals(analysis.workspaceId),
      values: await figuresOf(other),
    })),
  );
  councils.sort((a, b) => Number(b.own) - Number(a.own) || a.council.localeCompare(b.council));
  return { ...base, councils };
}

/** The team takes its analysis into the comparison, or out of it. */
export async function setComparisonOptIn(
  actor: Actor,
  analysis: SecurityAnalysis,
  optedIn: boolean,
): Promise<CouncilComparison> {
  await authorizeTransfer(actor, analysis, 'manage');
  await TransferModel.updateOne(
    { _id: analysis._id },
    {
      $set: { compare: optedIn },
      $setOnInsert: { workspaceId: new Types.ObjectId(analysis.workspaceId) },
    },
    { upsert: true },
  );
  return councilComparison(actor, analysis);
}
