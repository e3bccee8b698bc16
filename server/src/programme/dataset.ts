import type { Types } from 'mongoose';
import type { DatasetMunicipality, ProgrammeDataset } from './figures';
import { MunicipalityModel, type MunicipalityRecord } from './municipality.model';
import {
  AgreementModel,
  AnalysisModel,
  BudgetModel,
  CoachingModel,
  FundingModel,
} from './records.model';

const hex = (id: Types.ObjectId) => id.toHexString();

export function toDatasetMunicipality(m: MunicipalityRecord): DatasetMunicipality {
  return {
    id: hex(m._id),
    name: m.name,
    kind: m.kind,
    district: m.district,
    population: m.population ?? null,
    lat: m.lat,
    lon: m.lon,
    policeDirectorate: m.policeDirectorate,
    workspaceId: m.workspaceId ? hex(m.workspaceId) : null,
    milestones: m.milestones.map(({ kind, date }) => ({ kind, date })),
  };
}

/**
 * Reads the dated records the figures are computed from: one plain `find` per collection with
 * only the fields counting needs (the registry is a few hundred places, the records a few
 * thousand). Restricted to some municipalities when `municipalityIds` is given.
 */
export async function loadDataset(municipalityIds?: Types.ObjectId[]): Promise<ProgrammeDataset> {
  const byOwner = municipalityIds ? { municipalityId: { $in: municipalityIds } } : {};
  const [municipalities, agreements, coachings, analyses, funding, budgets] = await Promise.all([
    MunicipalityModel.find(municipalityIds ? { _id: { $in: municipalityIds } } : {}).lean(),
    AgreementModel.find(byOwner, { municipalityId: 1, date: 1, status: 1 }).lean(),
    CoachingModel.find(byOwner, { municipalityId: 1, start: 1, end: 1 }).lean(),
    AnalysisModel.find(byOwner, { municipalityId: 1, statusHistory: 1 }).lean(),
    FundingModel.find(byOwner, {
      municipalityId: 1,
      year: 1,
      fieldOfAction: 1,
      amountRequested: 1,
      amountGranted: 1,
      submittedOn: 1,
      statusHistory: 1,
    }).lean(),
    BudgetModel.find({}).lean(),
  ]);
  return {
    municipalities: municipalities.map(toDatasetMunicipality),
    agreements: agreements.map((a) => ({
      municipalityId: hex(a.municipalityId),
      date: a.date,
      status: a.status,
    })),
    coachings: coachings.map((c) => ({
      municipalityId: hex(c.municipalityId),
      start: c.start,
      end: c.end ?? null,
    })),
    analyses: analyses.map((a) => ({
      municipalityId: hex(a.municipalityId),
      statusHistory: a.statusHistory,
    })),
    funding: funding.map((f) => ({
      municipalityId: hex(f.municipalityId),
      year: f.year,
      fieldOfAction: f.fieldOfAction,
      amountRequested: f.amountRequested,
      amountGranted: f.amountGranted ?? null,
      submittedOn: f.submittedOn,
      statusHistory: f.statusHistory,
    })),
    budgets: budgets.map((b) => ({ year: b.year, amount: b.amount })),
  };
}
