import {
  todayInSaxony,
  type MunicipalityDetail,
  type MunicipalityInputSchema,
  type MunicipalityPatchSchema,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { conflict, validationFailed } from '../errors';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { loadDataset } from './dataset';
import { deleteAgreementDocument } from './documents.service';
import { municipalityStatuses } from './figures';
import { firstAdvice, fundingWarnings } from './funding.service';
import { MunicipalityModel, type MunicipalityRecord } from './municipality.model';
import { memberWorkspaceIds } from './programme.policy';
import {
  presentAgreement,
  presentAnalysis,
  presentCoaching,
  presentFunding,
  presentMunicipality,
} from './programme.presenter';
import { AgreementModel, AnalysisModel, CoachingModel, FundingModel } from './records.model';
import { measureLookup } from './records.service';

type MunicipalityInput = z.output<typeof MunicipalityInputSchema>;
type MunicipalityPatch = z.output<typeof MunicipalityPatchSchema>;

async function checkWorkspaceLink(
  workspaceId: string | null | undefined,
  self?: Types.ObjectId,
): Promise<void> {
  if (!workspaceId) return;
  if (!(await WorkspaceModel.exists({ _id: workspaceId }))) {
    throw validationFailed([{ path: 'body.workspaceId', message: 'no council with this id' }]);
  }
  const linked = await MunicipalityModel.findOne(
    { workspaceId, ...(self ? { _id: { $ne: self } } : {}) },
    { name: 1 },
  ).lean();
  if (linked)
    throw validationFailed([
      { path: 'body.workspaceId', message: `is linked to ${linked.name} already` },
    ]);
}

function duplicateName(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: number }).code === 11000;
}

export async function createMunicipality(input: MunicipalityInput): Promise<MunicipalityRecord> {
  await checkWorkspaceLink(input.workspaceId);
  try {
    const created = await MunicipalityModel.create(input);
    return created.toObject();
  } catch (error) {
    if (duplicateName(error))
      throw conflict(`${input.name} (${input.district}) is in the registry already`, [
        { path: 'body.name', message: 'exists already in this district' },
      ]);
    throw error;
  }
}

export async function updateMunicipality(
  municipality: MunicipalityRecord,
  patch: MunicipalityPatch,
): Promise<MunicipalityRecord> {
  if (patch.workspaceId !== undefined)
    await checkWorkspaceLink(patch.workspaceId, municipality._id);
  try {
    const updated = await MunicipalityModel.findByIdAndUpdate(
      municipality._id,
      { $set: patch },
      { returnDocument: 'after', runValidators: true },
    ).lean();
    return updated ?? municipality;
  } catch (error) {
    if (duplicateName(error))
      throw conflict('Another municipality of this name is in the district', [
        { path: 'body.name', message: 'exists already in this district' },
      ]);
    throw error;
  }
}

/** Removes a municipality with every record and document that belongs to it. */
export async function deleteMunicipality(municipality: MunicipalityRecord): Promise<void> {
  const owner = { municipalityId: municipality._id };
  const agreements = await AgreementModel.find(owner, { document: 1 }).lean();
  await Promise.all(agreements.map((a) => deleteAgreementDocument(a)));
  await Promise.all([
    AgreementModel.deleteMany(owner),
    CoachingModel.deleteMany(owner),
    AnalysisModel.deleteMany(owner),
    FundingModel.deleteMany(owner),
  ]);
  await MunicipalityModel.deleteOne({ _id: municipality._id });
}

async function workspaceNames(ids: Array<Types.ObjectId | null>): Promise<Map<string, string>> {
  const present = ids.filter((id): id is Types.ObjectId => id !== null);
  if (present.length === 0) return new Map();
  const workspaces = await WorkspaceModel.find({ _id: { $in: present } }, { name: 1 }).lean();
  return new Map(workspaces.map((w) => [w._id.toHexString(), w.name]));
}

export async function presentWithWorkspace(municipality: MunicipalityRecord) {
  const names = await workspaceNames([municipality.workspaceId]);
  return presentMunicipality(
    municipality,
    municipality.workspaceId ? (names.get(municipality.workspaceId.toHexString()) ?? null) : null,
  );
}

/** A municipality with all its records, as its detail page and its own council see it. */
export async function municipalityDetail(
  municipality: MunicipalityRecord,
  canWrite: boolean,
): Promise<MunicipalityDetail> {
  const owner = { municipalityId: municipality._id };
  const [agreements, coachings, analyses, funding, dataset] = await Promise.all([
    AgreementModel.find(owner).sort({ date: 1 }).lean(),
    CoachingModel.find(owner).sort({ start: 1 }).lean(),
    AnalysisModel.find(owner).sort({ createdAt: 1 }).lean(),
    FundingModel.find(owner).sort({ year: 1, submittedOn: 1 }).lean(),
    loadDataset([municipality._id]),
  ]);
  const measures = await measureLookup(analyses);
  const advised = firstAdvice(municipality);
  return {
    municipality: await presentWithWorkspace(municipality),
    status: municipalityStatuses(dataset, todayInSaxony())[0]!,
    agreements: agreements.map(presentAgreement),
    coachings: coachings.map(presentCoaching),
    analyses: analyses.map((a) => presentAnalysis(a, measures)),
    funding: funding.map((f) =>
      presentFunding(f, municipality.name, fundingWarnings(f, advised, null)),
    ),
    canWrite,
  };
}

/** The municipalities of the caller's own councils, with their records. */
export async function myMunicipalities(actor: Actor): Promise<MunicipalityDetail[]> {
  const workspaceIds = await memberWorkspaceIds(actor);
  if (workspaceIds.length === 0) return [];
  const municipalities = await MunicipalityModel.find({ workspaceId: { $in: workspaceIds } })
    .sort({ name: 1 })
    .lean();
  return Promise.all(municipalities.map((m) => municipalityDetail(m, false)));
}
