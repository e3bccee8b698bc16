import { ANALYSIS_PHASES, todayInSaxony, type UpdateAnalysisBody } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { conflict, notFound, validationFailed } from '../errors';
import { detectFileType } from '../files/file-type';
import { AnalysisModel as ProgrammeAnalysisModel } from '../programme/records.model';
import { MunicipalityModel } from '../programme/municipality.model';
import { MembershipModel } from '../workspaces/membership.model';
import { SecurityAnalysisModel, type SecurityAnalysis } from './analysis.model';

/** Loads an analysis by id; unknown and malformed ids are 404. */
export async function findAnalysis(id: string): Promise<SecurityAnalysis> {
  const analysis = Types.ObjectId.isValid(id)
    ? await SecurityAnalysisModel.findById(id).lean<SecurityAnalysis>()
    : null;
  if (!analysis) throw notFound('Security analysis');
  return analysis;
}

export async function listAnalyses(workspaceId: string): Promise<SecurityAnalysis[]> {
  return SecurityAnalysisModel.find({ workspaceId })
    .sort({ createdAt: -1 })
    .lean<SecurityAnalysis[]>();
}

/**
 * Starts an analysis and links it to the programme's security-analysis record of the council's
 * municipality: an open record without an analysis is reused, otherwise one is created, so the
 * programme dashboard counts each analysis exactly once.
 */
export async function createAnalysis(
  actor: Actor,
  workspaceId: string,
  title: string,
): Promise<SecurityAnalysis> {
  const municipality = await MunicipalityModel.findOne({ workspaceId }).lean();
  if (!municipality)
    throw conflict('The council is not linked to a municipality of the programme registry');
  const linked = await SecurityAnalysisModel.find({ workspaceId }, { recordId: 1 }).lean();
  const taken = linked.map((a) => a.recordId);
  let record = await ProgrammeAnalysisModel.findOne({
    municipalityId: municipality._id,
    _id: { $nin: taken },
  })
    .sort({ createdAt: -1 })
    .lean();
  record ??= (
    await ProgrammeAnalysisModel.create({
      municipalityId: municipality._id,
      statusHistory: [{ status: 'agreed', date: todayInSaxony() }],
    })
  ).toObject();
  const created = await SecurityAnalysisModel.create({
    workspaceId,
    recordId: record._id,
    title,
    phases: ANALYSIS_PHASES.map((name) => ({ name, start: null, end: null, ownerId: null })),
    createdBy: actor.id,
  });
  return created.toObject();
}

/** Named owners and phase owners must be members of the council. */
async function requireMembers(workspaceId: Types.ObjectId, ids: string[], path: string) {
  if (ids.length === 0) return;
  const members = await MembershipModel.find(
    { workspaceId, userId: { $in: ids } },
    { userId: 1 },
  ).lean();
  const known = new Set(members.map((m) => m.userId.toHexString()));
  const stranger = ids.find((id) => !known.has(id));
  if (stranger)
    throw validationFailed([{ path, message: `${stranger} is not a member of the council` }]);
}

export async function updateAnalysis(
  analysis: SecurityAnalysis,
  body: UpdateAnalysisBody,
): Promise<SecurityAnalysis> {
  const set: Record<string, unknown> = {};
  if (body.title !== undefined) set.title = body.title;
  if (body.publicUrl !== undefined) set.publicUrl = body.publicUrl;
  if (body.targetResponses !== undefined) set.targetResponses = body.targetResponses;
  if (body.signatory !== undefined) set.signatory = body.signatory;
  if (body.addressDeletionOn !== undefined) set.addressDeletionOn = body.addressDeletionOn;
  if (body.ownerIds !== undefined) {
    await requireMembers(analysis.workspaceId, body.ownerIds, 'body.ownerIds');
    set.ownerIds = body.ownerIds.map((id) => new Types.ObjectId(id));
  }
  if (body.phases !== undefined) {
    const byName = new Map(body.phases.map((phase) => [phase.name, phase]));
    const owners = body.phases.flatMap((p) => (p.ownerId ? [p.ownerId] : []));
    await requireMembers(analysis.workspaceId, owners, 'body.phases');
    set.phases = ANALYSIS_PHASES.map((name) => {
      const given = byName.get(name);
      const kept = analysis.phases.find((p) => p.name === name);
      if (!given) return kept ?? { name, start: null, end: null, ownerId: null };
      return {
        name,
        start: given.start,
        end: given.end,
        ownerId: given.ownerId ? new Types.ObjectId(given.ownerId) : null,
      };
    });
  }
  const updated = await SecurityAnalysisModel.findByIdAndUpdate(
    analysis._id,
    { $set: set },
    { returnDocument: 'after' },
  ).lean<SecurityAnalysis>();
  if (!updated) throw notFound('Security analysis');
  return updated;
}

/** The mayor's signature: a PNG or JPEG, kept as a small data URI on the analysis. */
export async function setSignature(
  analysis: SecurityAnalysis,
  bytes: Buffer,
): Promise<SecurityAnalysis> {
  const type = detectFileType(bytes);
  if (type !== 'png' && type !== 'jpeg')
    throw validationFailed([{ path: 'body', message: 'must be a PNG or JPEG image' }]);
  const signature = `data:image/${type};base64,${bytes.toString('base64')}`;
  const updated = await SecurityAnalysisModel.findByIdAndUpdate(
    analysis._id,
    { $set: { signature } },
    { returnDocument: 'after' },
  ).lean<SecurityAnalysis>();
  if (!updated) throw notFound('Security analysis');
  return updated;
}
