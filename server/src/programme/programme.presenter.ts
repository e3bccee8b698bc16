import type {
  Agreement,
  Analysis,
  Coaching,
  FundingApplication,
  LinkedMeasure,
  Municipality,
  RuleIssue,
} from '@pnetz/shared';
import type { MunicipalityRecord } from './municipality.model';
import type {
  AgreementRecord,
  AnalysisRecord,
  CoachingRecord,
  FundingRecord,
} from './records.model';

/** Database records never leave the server raw: these shape them into the contract. */
const stamps = (r: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export function presentMunicipality(
  m: MunicipalityRecord,
  workspaceName: string | null,
): Municipality {
  return {
    id: m._id.toHexString(),
    name: m.name,
    kind: m.kind,
    district: m.district,
    population: m.population ?? null,
    lat: m.lat,
    lon: m.lon,
    policeDirectorate: m.policeDirectorate ?? '',
    contact: {
      name: m.contact?.name ?? '',
      email: m.contact?.email ?? '',
      phone: m.contact?.phone ?? '',
    },
    workspaceId: m.workspaceId ? m.workspaceId.toHexString() : null,
    workspaceName,
    milestones: m.milestones.map((x) => ({
      id: x._id.toHexString(),
      kind: x.kind,
      date: x.date,
      note: x.note ?? '',
    })),
    ...stamps(m),
  };
}

export function presentAgreement(a: AgreementRecord): Agreement {
  return {
    id: a._id.toHexString(),
    municipalityId: a.municipalityId.toHexString(),
    date: a.date,
    status: a.status,
    signatories: a.signatories.map((s) => ({
      name: s.name,
      role: s.role,
      organisation: s.organisation ?? '',
    })),
    document: a.document
      ? {
          filename: a.document.filename,
          contentType: a.document.contentType,
          size: a.document.size,
          uploadedAt: a.document.uploadedAt.toISOString(),
        }
      : null,
    notes: a.notes ?? '',
    ...stamps(a),
  };
}

export function presentCoaching(c: CoachingRecord): Coaching {
  return {
    id: c._id.toHexString(),
    municipalityId: c.municipalityId.toHexString(),
    coach: c.coach,
    start: c.start,
    end: c.end ?? null,
    phases: c.phases.map((p) => ({ name: p.name, start: p.start, end: p.end ?? null })),
    outcome: c.outcome ?? '',
    ...stamps(c),
  };
}

export const measureKey = (planId: string, measureId: string) => `${planId}/${measureId}`;

/** `measures` resolves linked measures (by `measureKey`) to their current title and progress. */
export function presentAnalysis(
  a: AnalysisRecord,
  measures: ReadonlyMap<string, Omit<LinkedMeasure, 'planId' | 'measureId'>>,
): Analysis {
  return {
    id: a._id.toHexString(),
    municipalityId: a.municipalityId.toHexString(),
    status: a.statusHistory.at(-1)!.status,
    statusHistory: a.statusHistory.map(({ status, date }) => ({ status, date })),
    surveySize: a.surveySize ?? null,
    returnRate: a.returnRate ?? null,
    findings: a.findings.map(({ key, text }) => ({ key, text })),
    recommendations: a.recommendations.map((r) => ({
      key: r.key,
      text: r.text,
      findingKeys: [...r.findingKeys],
      measures: r.measures.map((ref) => {
        const planId = ref.planId.toHexString();
        const found = measures.get(measureKey(planId, ref.measureId));
        return {
          planId,
          measureId: ref.measureId,
          ...(found ?? { title: null, planTitle: null, status: null, progress: null }),
        };
      }),
    })),
    ...stamps(a),
  };
}

export function presentFunding(
  f: FundingRecord,
  municipalityName: string,
  warnings: RuleIssue[],
): FundingApplication {
  return {
    id: f._id.toHexString(),
    municipalityId: f.municipalityId.toHexString(),
    municipalityName,
    year: f.year,
    project: f.project,
    fieldOfAction: f.fieldOfAction,
    purpose: f.purpose ?? '',
    amountRequested: f.amountRequested,
    ownShare: f.ownShare,
    totalCost: f.amountRequested + f.ownShare,
    costItems: f.costItems.map((c) => ({
      label: c.label,
      amount: c.amount,
      capital: Boolean(c.capital),
    })),
    submittedOn: f.submittedOn,
    status: f.status,
    statusHistory: f.statusHistory.map(({ status, date }) => ({ status, date })),
    amountGranted: f.amountGranted ?? null,
    warnings,
    ...stamps(f),
  };
}
