import {
  ANALYSIS_LIMITS,
  AGE_GROUPS,
  todayInSaxony,
  type DrawSampleBody,
  type SampleDesign,
} from '@pnetz/shared';
import { randomBytes } from 'node:crypto';
import type { Types } from 'mongoose';
import { recordAudit } from '../audit/audit.service';
import { conflict } from '../errors';
import { AnalysisModel as ProgrammeAnalysisModel } from '../programme/records.model';
import { AddressModel, SampleSelectionModel, type AddressRecord } from './address.model';
import { SecurityAnalysisModel, type SecurityAnalysis } from './analysis.model';
import { refuseAfterLetters } from './register.service';
import { allocate, drawStrata, stratumKey } from './sampling';

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
