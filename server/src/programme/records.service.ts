import type {
  AgreementInputSchema,
  AnalysisInputSchema,
  CoachingInputSchema,
  LinkableMeasure,
  LinkedMeasure,
} from '@pnetz/shared';
import { Types, type Model } from 'mongoose';
import type { z } from 'zod';
import { notFound, validationFailed } from '../errors';
import { MeasureModel } from '../plans/measure.model';
import { PlanModel } from '../plans/plan.model';
import { deleteAgreementDocument } from './documents.service';
import type { MunicipalityRecord } from './municipality.model';
import { measureKey } from './programme.presenter';
import {
  AgreementModel,
  AnalysisModel,
  CoachingModel,
  type AgreementRecord,
  type AnalysisRecord,
  type CoachingRecord,
} from './records.model';

type AgreementInput = z.output<typeof AgreementInputSchema>;
type CoachingInput = z.output<typeof CoachingInputSchema>;
type AnalysisInput = z.output<typeof AnalysisInputSchema>;

/** Loads one record by id (404 for unknown ids); the caller then authorizes on its municipality. */
export async function findRecord<T extends { municipalityId: Types.ObjectId }>(
  model: Model<T>,
  id: string,
  what: string,
): Promise<T> {
  const record = Types.ObjectId.isValid(id)
    ? ((await model.findById(id).lean()) as T | null)
    : null;
  if (!record) throw notFound(what);
  return record;
}

export const findAgreement = (id: string) =>
  findRecord<AgreementRecord>(AgreementModel, id, 'Agreement');
export const findCoaching = (id: string) =>
  findRecord<CoachingRecord>(CoachingModel, id, 'Coaching');
export const findAnalysis = (id: string) =>
  findRecord<AnalysisRecord>(AnalysisModel, id, 'Security analysis');

export async function createAgreement(
  municipality: MunicipalityRecord,
  input: AgreementInput,
): Promise<AgreementRecord> {
  return (
    await AgreementModel.create({ ...input, municipalityId: municipality._id, document: null })
  ).toObject();
}

export async function updateAgreement(
  agreement: AgreementRecord,
  input: AgreementInput,
): Promise<AgreementRecord> {
  return (
    (await AgreementModel.findByIdAndUpdate(
      agreement._id,
      { $set: input },
      { returnDocument: 'after' },
    ).lean()) ?? agreement
  );
}

export async function deleteAgreement(agreement: AgreementRecord): Promise<void> {
  await deleteAgreementDocument(agreement);
  await AgreementModel.deleteOne({ _id: agreement._id });
}

export async function createCoaching(
  municipality: MunicipalityRecord,
  input: CoachingInput,
): Promise<CoachingRecord> {
  return (await CoachingModel.create({ ...input, municipalityId: municipality._id })).toObject();
}

export async function updateCoaching(
  coaching: CoachingRecord,
  input: CoachingInput,
): Promise<CoachingRecord> {
  return (
    (await CoachingModel.findByIdAndUpdate(
      coaching._id,
      { $set: input },
      { returnDocument: 'after' },
    ).lean()) ?? coaching
  );
}

/**
 * Recommendations may link measures of the municipality's own council plans only: each link is
 * checked against the measures mirror, and a missing one is a 400 naming the field.
 */
async function checkMeasureLinks(
  municipality: MunicipalityRecord,
  input: AnalysisInput,
): Promise<void> {
  const refs = input.recommendations.flatMap((r, i) =>
    r.measures.map((m, j) => ({ ...m, path: `body.recommendations.${i}.measures.${j}` })),
  );
  if (refs.length === 0) return;
  if (!municipality.workspaceId) {
    throw validationFailed([
      {
        path: refs[0]!.path,
        message: 'the municipality has no council whose measures could be linked',
      },
    ]);
  }
  const found = await MeasureModel.find(
    {
      workspaceId: municipality.workspaceId,
      planId: { $in: [...new Set(refs.map((r) => r.planId))].map((id) => new Types.ObjectId(id)) },
    },
    { planId: 1, measureId: 1 },
  ).lean();
  const known = new Set(found.map((m) => measureKey(m.planId.toHexString(), m.measureId)));
  const missing = refs.filter((r) => !known.has(measureKey(r.planId, r.measureId)));
  if (missing.length > 0) {
    throw validationFailed(
      missing.map((r) => ({ path: r.path, message: "is not a measure of this council's plans" })),
    );
  }
}

const analysisFields = (input: AnalysisInput) => ({
  ...input,
  recommendations: input.recommendations.map((r) => ({
    ...r,
    measures: r.measures.map((m) => ({
      planId: new Types.ObjectId(m.planId),
      measureId: m.measureId,
    })),
  })),
});

export async function createAnalysis(
  municipality: MunicipalityRecord,
  input: AnalysisInput,
): Promise<AnalysisRecord> {
  await checkMeasureLinks(municipality, input);
  return (
    await AnalysisModel.create({ ...analysisFields(input), municipalityId: municipality._id })
  ).toObject();
}

export async function updateAnalysis(
  analysis: AnalysisRecord,
  municipality: MunicipalityRecord,
  input: AnalysisInput,
): Promise<AnalysisRecord> {
  await checkMeasureLinks(municipality, input);
  return (
    (await AnalysisModel.findByIdAndUpdate(
      analysis._id,
      { $set: analysisFields(input) },
      { returnDocument: 'after' },
    ).lean()) ?? analysis
  );
}

type MeasureInfo = Omit<LinkedMeasure, 'planId' | 'measureId'>;

/** Current title, plan and progress of every measure the analyses link (two plain finds). */
export async function measureLookup(
  analyses: readonly AnalysisRecord[],
): Promise<Map<string, MeasureInfo>> {
  const planIds = [
    ...new Set(
      analyses.flatMap((a) =>
        a.recommendations.flatMap((r) => r.measures.map((m) => m.planId.toHexString())),
      ),
    ),
  ];
  if (planIds.length === 0) return new Map();
  const ids = planIds.map((id) => new Types.ObjectId(id));
  const [measures, plans] = await Promise.all([
    MeasureModel.find(
      { planId: { $in: ids } },
      { planId: 1, measureId: 1, title: 1, status: 1, progress: 1 },
    ).lean(),
    PlanModel.find({ _id: { $in: ids } }, { title: 1 }).lean(),
  ]);
  const titles = new Map(plans.map((p) => [p._id.toHexString(), p.title]));
  return new Map(
    measures.map((m) => [
      measureKey(m.planId.toHexString(), m.measureId),
      {
        title: m.title,
        planTitle: titles.get(m.planId.toHexString()) ?? null,
        status: m.status,
        progress: m.progress,
      },
    ]),
  );
}

/** The measures of the council's current plans, for linking recommendations. */
export async function linkableMeasures(
  municipality: MunicipalityRecord,
): Promise<LinkableMeasure[]> {
  if (!municipality.workspaceId) return [];
  const plans = await PlanModel.find(
    { workspaceId: municipality.workspaceId, archived: false, kind: 'action_plan' },
    { title: 1 },
  ).lean();
  if (plans.length === 0) return [];
  const titles = new Map(plans.map((p) => [p._id.toHexString(), p.title]));
  const measures = await MeasureModel.find({ planId: { $in: plans.map((p) => p._id) } }).lean();
  return measures.map((m) => ({
    planId: m.planId.toHexString(),
    measureId: m.measureId,
    title: m.title,
    planTitle: titles.get(m.planId.toHexString()) ?? '',
    status: m.status,
    progress: m.progress,
  }));
}
