import {
  ANALYSIS_LIMITS,
  ANALYSIS_PHASES,
  AGE_GROUPS,
  todayInSaxony,
  type DrawSampleBody,
  type RegisterField,
  type RegisterPreview,
  type SampleDesign,
  type StratumCount,
  type UpdateAnalysisBody,
} from '@pnetz/shared';
import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { conflict, notFound, validationFailed } from '../errors';
import { detectFileType } from '../files/file-type';
import { AnalysisModel as ProgrammeAnalysisModel } from '../programme/records.model';
import { MunicipalityModel } from '../programme/municipality.model';
import { MembershipModel } from '../workspaces/membership.model';
import { AddressModel, SampleSelectionModel, type AddressRecord } from './address.model';
import { SecurityAnalysisModel, type SecurityAnalysis } from './analysis.model';
import { readRegisterFile } from './register-file';
import { detectMapping, marginsOf, validateRegister } from './register-import';
import { allocate, drawStrata, stratumKey } from './sampling';

const INSERT_CHUNK = 1000;

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

export async function previewRegister(bytes: Buffer, filename: string): Promise<RegisterPreview> {
  const table = await readRegisterFile(bytes, filename);
  return {
    format: table.format,
    encoding: table.encoding,
    separator: table.separator,
    columns: table.columns,
    rows: table.rows.length,
    mapping: detectMapping(table.columns),
    examples: table.rows.slice(0, 3).map((row) => row.cells),
  };
}

const refuseAfterLetters = (analysis: SecurityAnalysis, what: string) => {
  if (analysis.letters) throw conflict(`The letters are made; the ${what} cannot change any more`);
  if (analysis.addressesDeletedAt) throw conflict('The addresses of this analysis were deleted');
};

/**
 * Imports the register extract: every row is checked first, then all are inserted under one
 * import id; if an insert fails, what was inserted is deleted again. A new import replaces the
 * previous one (and its sample) until the letters are made.
 */
export async function importRegister(
  actor: Actor,
  analysis: SecurityAnalysis,
  bytes: Buffer,
  filename: string,
  mapping: Partial<Record<RegisterField, string>>,
): Promise<{ rows: number; margins: StratumCount[] }> {
  refuseAfterLetters(analysis, 'register');
  const table = await readRegisterFile(bytes, filename);
  const year = Number(todayInSaxony().slice(0, 4));
  const persons = validateRegister(table, mapping, year);
  const importId = new Types.ObjectId();
  try {
    for (let i = 0; i < persons.length; i += INSERT_CHUNK) {
      await AddressModel.insertMany(
        persons.slice(i, i + INSERT_CHUNK).map((person) => ({
          ...person,
          analysisId: analysis._id,
          importId,
        })),
        { ordered: true, lean: true },
      );
    }
  } catch (error) {
    await AddressModel.deleteMany({ importId });
    throw error;
  }
  await AddressModel.deleteMany({ analysisId: analysis._id, importId: { $ne: importId } });
  await SampleSelectionModel.deleteOne({ analysisId: analysis._id });
  const margins = marginsOf(persons);
  await SecurityAnalysisModel.updateOne(
    { _id: analysis._id },
    {
      $set: {
        register: { filename, rows: persons.length, importedAt: new Date(), margins },
        sample: null,
      },
    },
  );
  await recordAudit({
    workspaceId: analysis.workspaceId,
    action: 'analysis.register_imported',
    actorId: actor.id,
    target: { type: 'analysis', id: analysis._id },
    details: { rows: persons.length, format: table.format },
  });
  return { rows: persons.length, margins };
}

/**
 * Draws the stratified sample: sizes per stratum by allocation, then within each stratum without
 * replacement with a generator seeded from the recorded seed. Strata go in key order and members
 * in register-line order, so the same register and seed always give the same sample.
 */
export async function drawSample(
  analysis: SecurityAnalysis,
  body: Required<Omit<DrawSampleBody, 'seed'>> & { seed?: string },
): Promise<SampleDesign> {
  refuseAfterLetters(analysis, 'sample');
  if (!analysis.register) throw conflict('Import the register before drawing the sample');
  const seed = body.seed ?? randomBytes(8).toString('hex');
  const persons = await AddressModel.find(
    { analysisId: analysis._id },
    { district: 1, ageGroup: 1, sex: 1, line: 1 },
  )
    .sort({ line: 1 })
    .lean();
  const groups = new Map<
    string,
    {
      district: string;
      ageGroup: (typeof AGE_GROUPS)[number];
      sex: (typeof persons)[number]['sex'];
      members: Types.ObjectId[];
    }
  >();
  for (const person of persons) {
    const key = stratumKey(person);
    const group = groups.get(key) ?? {
      district: person.district,
      ageGroup: person.ageGroup,
      sex: person.sex,
      members: [],
    };
    group.members.push(person._id);
    groups.set(key, group);
  }
  const strata = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => group);
  const counts = allocate(
    body.size,
    strata.map((s) => s.members.length),
    body.allocation,
    body.minimumPerStratum,
  );
  const plans = strata.map((stratum, i) => ({ ...stratum, count: counts[i]! }));
  const chosen = drawStrata(plans, seed);
  // Kept in register order, so the owners' list pages through the selection directly.
  const lineOf = new Map(persons.map((p) => [p._id.toHexString(), p.line]));
  chosen.sort((a, b) => lineOf.get(a.toHexString())! - lineOf.get(b.toHexString())!);
  await SampleSelectionModel.updateOne(
    { analysisId: analysis._id },
    { $set: { addressIds: chosen } },
    { upsert: true },
  );
  const design: SampleDesign = {
    seed,
    size: body.size,
    allocation: body.allocation,
    minimumPerStratum: body.allocation === 'minimum' ? body.minimumPerStratum : 0,
    drawnOn: todayInSaxony(),
    strata: plans.map(({ district, ageGroup, sex, count, members }) => ({
      district,
      ageGroup,
      sex,
      count,
      population: members.length,
    })),
  };
  await SecurityAnalysisModel.updateOne({ _id: analysis._id }, { $set: { sample: design } });
  await ProgrammeAnalysisModel.updateOne(
    { _id: analysis.recordId },
    { $set: { surveySize: body.size } },
  );
  return design;
}

/** The ids of the drawn addresses (empty before a draw). */
export async function sampledIds(analysisId: Types.ObjectId): Promise<Types.ObjectId[]> {
  const selection = await SampleSelectionModel.findOne({ analysisId }).lean();
  return selection?.addressIds ?? [];
}

export async function listAddresses(
  analysis: SecurityAnalysis,
  page: number,
  sampled: boolean | undefined,
) {
  const ids = await sampledIds(analysis._id);
  const size = ANALYSIS_LIMITS.addressesPageSize;
  let items: AddressRecord[];
  let total: number;
  if (sampled === true) {
    // The selection is in register order: a page is a slice of it.
    const slice = ids.slice((page - 1) * size, page * size);
    items = await AddressModel.find({ _id: { $in: slice } })
      .sort({ line: 1 })
      .lean();
    total = ids.length;
  } else {
    const filter = {
      analysisId: analysis._id,
      ...(sampled === false ? { _id: { $nin: ids } } : {}),
    };
    [items, total] = await Promise.all([
      AddressModel.find(filter)
        .sort({ line: 1 })
        .skip((page - 1) * size)
        .limit(size)
        .lean(),
      AddressModel.countDocuments(filter),
    ]);
  }
  const drawn = new Set(ids.map((id) => id.toHexString()));
  return {
    items: items.map((item) => ({ ...item, sampled: drawn.has(item._id.toHexString()) })),
    total,
  };
}

/**
 * Deletes the analysis's addresses (by an owner, or by the sweep with `actorId` null) and audits
 * it. The margins and the sample design stay on the analysis for weighting.
 */
export async function deleteAddresses(
  analysis: Pick<SecurityAnalysis, '_id' | 'workspaceId'>,
  actorId: string | null,
  reason: 'owner' | 'scheduled',
): Promise<number> {
  const { deletedCount } = await AddressModel.deleteMany({ analysisId: analysis._id });
  await SampleSelectionModel.deleteOne({ analysisId: analysis._id });
  await SecurityAnalysisModel.updateOne(
    { _id: analysis._id },
    { $set: { addressesDeletedAt: new Date() } },
  );
  await recordAudit({
    workspaceId: analysis.workspaceId,
    action: 'analysis.addresses_deleted',
    actorId,
    target: { type: 'analysis', id: analysis._id },
    details: { addresses: deletedCount, reason },
  });
  return deletedCount;
}
