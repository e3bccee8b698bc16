import type {
  AgreementStatus,
  AnalysisStatus,
  Day,
  FieldOfAction,
  FundingStatus,
  MilestoneKind,
  MunicipalityKind,
  SignatoryRole,
} from '@pnetz/shared';

/** The demo programme as plain data: records refer to their municipality by name. */
export interface SeedMunicipality {
  name: string;
  kind: MunicipalityKind;
  district: string;
  population: number | null;
  lat: number;
  lon: number;
  policeDirectorate: string;
  milestones: Array<{ kind: MilestoneKind; date: Day; note: string }>;
}

export interface SeedAgreement {
  municipality: string;
  date: Day;
  status: AgreementStatus;
  signatories: Array<{ name: string; role: SignatoryRole; organisation: string }>;
  notes: string;
}

export interface SeedCoaching {
  municipality: string;
  coach: string;
  start: Day;
  end: Day | null;
  phases: Array<{ name: string; start: Day; end: Day | null }>;
  outcome: string;
}

export interface SeedAnalysis {
  municipality: string;
  statusHistory: Array<{ status: AnalysisStatus; date: Day }>;
  surveySize: number | null;
  returnRate: number | null;
  findings: Array<{ key: string; text: string }>;
  /** `measureHint`: link the council's plan measures whose title contains it (seeded plans only). */
  recommendations: Array<{
    key: string;
    text: string;
    findingKeys: string[];
    measureHint?: string;
  }>;
}

export interface SeedFunding {
  municipality: string;
  year: number;
  project: string;
  fieldOfAction: FieldOfAction;
  purpose: string;
  amountRequested: number;
  ownShare: number;
  costItems: Array<{ label: string; amount: number; capital: boolean }>;
  submittedOn: Day;
  statusHistory: Array<{ status: FundingStatus; date: Day }>;
  amountGranted: number | null;
}

export interface SeedProgramme {
  municipalities: SeedMunicipality[];
  agreements: SeedAgreement[];
  coachings: SeedCoaching[];
  analyses: SeedAnalysis[];
  funding: SeedFunding[];
  budgets: Array<{ year: number; amount: number }>;
}

/** The metrics whose counts the published figures fix, per period. */
export type Metric =
  'advised' | 'close_cooperation' | 'council' | 'agreement' | 'coaching' | 'analysis';
