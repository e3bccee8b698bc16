import {
  isId,
  type AcceptRecommendationBody,
  type CreateRecommendationBody,
  type Recommendation,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { conflict, notFound, validationFailed } from '../../errors';
import { PlanModel } from '../../plans/plan.model';
import { findPlanFor } from '../../plans/plans.service';
import { resolvePeople } from '../../privacy/attribution';
import type { CollabDocuments } from '../../realtime/collab/documents';
import type { SecurityAnalysis } from '../analysis.model';
import { findAnalysis } from '../analysis.service';
import { resultsOf } from '../results/results.service';
import {
  indicatorChange,
  laterWave,
  originOfWave,
  readFinding,
  readFindings,
  type LaterWave,
} from './findings';
import { appendMeasure } from './measure';
import {
  DecisionClaimModel,
  RecommendationModel,
  type RecommendationRecord,
} from './recommendation.model';
import { authorizeRecommendations } from './recommendations.policy';
import { presentRecommendation } from './recommendations.presenter';

/** Presents recommendations of one analysis; the later wave is computed once for all of them. */
async function present(
  analysis: SecurityAnalysis,
  records: readonly RecommendationRecord[],
): Promise<Recommendation[]> {
  const accepted = records.filter((r) => r.measure);
  const [people, plans, later, origin] = await Promise.all([
    resolvePeople(records.map((r) => r.createdBy)),
    PlanModel.find({ _id: { $in: accepted.map((r) => r.measure!.planId) } }, { title: 1 }).lean(),
    accepted.length > 0 ? laterWave(analysis) : Promise.resolve<LaterWave | null>(null),
    originOfWave(analysis),
  ]);
  const titles = new Map(plans.map((plan) => [plan._id.toHexString(), plan.title]));
  return records.map((record) => {
    const measure = record.measure;
    const finding = measure && record.findings.find((f) => f.id === measure.findingId);
    const change =
      measure && finding
        ? indicatorChange(finding, measure.baseline, origin, later)
        : ({ state: 'none' } as const);
    return presentRecommendation(record, people, titles, change);
  });
}

export async function listRecommendations(actor: Actor, analysisId: string) {
  const analysis = await findAnalysis(analysisId);
  const { manage } = await authorizeRecommendations(actor, analysis, 'read');
  const records = await RecommendationModel.find({ analysisId: analysis._id })
    .sort({ createdAt: 1, _id: 1 })
    .lean();
  return { items: await present(analysis, records), permissions: { manage } };
}

/** Loads a recommendation and its analysis for an action; unknown ids are 404. */
async function findRecommendation(actor: Actor, id: string, action: 'read' | 'write') {
  const record = isId(id) ? await RecommendationModel.findById(id).lean() : null;
  if (!record) throw notFound('Recommendation');
  const analysis = await findAnalysis(record.analysisId.toHexString());
  await authorizeRecommendations(actor, analysis, action);
  return { record, analysis };
}

export async function getRecommendation(actor: Actor, id: string): Promise<Recommendation> {
  const { record, analysis } = await findRecommendation(actor, id, 'read');
  return (await present(analysis, [record]))[0]!;
}

/** Writes a recommendation; its findings are read from the current weighted results. */
export async function createRecommendation(
  actor: Actor,
  analysisId: string,
  body: CreateRecommendationBody,
): Promise<Recommendation> {
  const analysis = await findAnalysis(analysisId);
  await authorizeRecommendations(actor, analysis, 'write');
  const results = await resultsOf(analysis, true);
  if (!results.run)
    throw conflict('The analysis has no weighted results yet: start a weighting run first', [
      { path: 'body.findings', message: 'no weighted results to cite' },
    ]);
  const { findings, errors } = readFindings(results, body.findings);
  if (errors.length > 0) throw validationFailed(errors);
  const created = await RecommendationModel.create({
    analysisId: analysis._id,
    workspaceId: analysis.workspaceId,
    title: body.title,
    text: body.text,
    findings,
    createdBy: new Types.ObjectId(actor.id),
  });
  return (await present(analysis, [created.toObject()]))[0]!;
}

const alreadyDecided = () => conflict('The recommendation has been decided already');

async function claimDecision(id: Types.ObjectId): Promise<string> {
  const _id = id.toHexString();
  try {
    await DecisionClaimModel.create({ _id, at: new Date() });
    return _id;
  } catch (error) {
    if ((error as { code?: number }).code === 11000) throw alreadyDecided();
    throw error;
  }
}

/**
 * Accepts a recommendation: one of its findings becomes the indicator of a new measure in the
 * council's action plan, with this wave's value and interval (read again from the results now)
 * as the baseline and the entered target. Of concurrent decisions exactly one goes through.
 */
export async function acceptRecommendation(
  actor: Actor,
  id: string,
  body: AcceptRecommendationBody,
  documents: CollabDocuments,
): Promise<Recommendation> {
  const { record, analysis } = await findRecommendation(actor, id, 'write');
  if (record.status !== 'open') throw alreadyDecided();
  const cited = record.findings.find((f) => f.id === body.findingId);
  if (!cited)
    throw validationFailed([
      { path: 'body.findingId', message: 'is not a finding this recommendation cites' },
    ]);
  if (cited.measure === 'share' && (body.target < 0 || body.target > 1))
    throw validationFailed([{ path: 'body.target', message: 'a share lies between 0 and 1' }]);
  const { plan } = await findPlanFor(actor, body.planId, 'edit');
  if (plan.kind !== 'action_plan')
    throw validationFailed([{ path: 'body.planId', message: 'must be an action plan' }]);
  if (!plan.workspaceId.equals(analysis.workspaceId))
    throw validationFailed([
      { path: 'body.planId', message: "must be an action plan of the analysis's council" },
    ]);
  const baseline = readFinding(await resultsOf(analysis, true), cited);
  if (typeof baseline === 'string')
    throw validationFailed([{ path: 'body.findingId', message: baseline }]);

  const claim = await claimDecision(record._id);
  try {
    const measureId = await appendMeasure(documents, plan._id.toHexString(), {
      recommendation: record,
      analysisTitle: analysis.title,
      finding: baseline,
      target: body.target,
      fieldOfAction: body.fieldOfAction,
    });
    const updated = await RecommendationModel.findByIdAndUpdate(
      record._id,
      {
        $set: {
          status: 'accepted',
          measure: {
            planId: plan._id,
            measureId,
            findingId: baseline.id,
            baseline: { value: baseline.value, interval: baseline.interval },
            target: body.target,
          },
          decidedBy: new Types.ObjectId(actor.id),
          decidedAt: new Date(),
        },
      },
      { returnDocument: 'after' },
    ).lean();
    if (!updated) throw notFound('Recommendation');
    return (await present(analysis, [updated]))[0]!;
  } catch (error) {
    // Nothing was decided: the recommendation may be accepted again.
    await DecisionClaimModel.deleteOne({ _id: claim });
    throw error;
  }
}

/** Declines a recommendation with the council's reason. */
export async function declineRecommendation(
  actor: Actor,
  id: string,
  reason: string,
): Promise<Recommendation> {
  const { record, analysis } = await findRecommendation(actor, id, 'write');
  if (record.status !== 'open') throw alreadyDecided();
  await claimDecision(record._id);
  const updated = await RecommendationModel.findByIdAndUpdate(
    record._id,
    {
      $set: {
        status: 'declined',
        declineReason: reason,
        decidedBy: new Types.ObjectId(actor.id),
        decidedAt: new Date(),
      },
    },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) throw notFound('Recommendation');
  return (await present(analysis, [updated]))[0]!;
}
