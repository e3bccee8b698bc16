import {
  AGREEMENT_STATUSES,
  ANALYSIS_STATUSES,
  FIELDS_OF_ACTION,
  FUNDING_STATUSES,
  SIGNATORY_ROLES,
  type AgreementStatus,
  type AnalysisStatus,
  type FieldOfAction,
  type FundingStatus,
  type SignatoryRole,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/**
 * The programme records of a municipality. Every date is a `YYYY-MM-DD` day; status changes keep
 * their history so the figures can be computed for any past day.
 */
export interface AgreementRecord {
  _id: Types.ObjectId;
  municipalityId: Types.ObjectId;
  date: string;
  status: AgreementStatus;
  signatories: Array<{ name: string; role: SignatoryRole; organisation: string }>;
  /** The signed document in GridFS (bucket `agreementDocuments`). */
  document: {
    fileId: Types.ObjectId;
    filename: string;
    contentType: string;
    size: number;
    uploadedAt: Date;
  } | null;
  notes: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CoachingRecord {
  _id: Types.ObjectId;
  municipalityId: Types.ObjectId;
  coach: string;
  start: string;
  end: string | null;
  phases: Array<{ name: string; start: string; end: string | null }>;
  outcome: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface AnalysisRecord {
  _id: Types.ObjectId;
  municipalityId: Types.ObjectId;
  statusHistory: Array<{ status: AnalysisStatus; date: string }>;
  surveySize: number | null;
  returnRate: number | null;
  findings: Array<{ key: string; text: string }>;
  recommendations: Array<{
    key: string;
    text: string;
    findingKeys: string[];
    measures: Array<{ planId: Types.ObjectId; measureId: string }>;
  }>;
  createdAt: Date;
  updatedAt: Date;
}

export interface FundingRecord {
  _id: Types.ObjectId;
  municipalityId: Types.ObjectId;
  year: number;
  project: string;
  fieldOfAction: FieldOfAction;
  purpose: string;
  amountRequested: number;
  ownShare: number;
  costItems: Array<{ label: string; amount: number; capital: boolean }>;
  submittedOn: string;
  /** The latest entry of `statusHistory`, kept for filtering. */
  status: FundingStatus;
  statusHistory: Array<{ status: FundingStatus; date: string }>;
  amountGranted: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface BudgetRecord {
  _id: Types.ObjectId;
  year: number;
  amount: number;
}

const owner = {
  type: Schema.Types.ObjectId,
  required: true,
  ref: 'ProgrammeMunicipality',
} as const;
const options = (collection: string) => ({ timestamps: true, collection });

const agreementSchema = new Schema<AgreementRecord>(
  {
    municipalityId: owner,
    date: { type: String, required: true },
    status: { type: String, enum: AGREEMENT_STATUSES, required: true },
    signatories: [
      new Schema(
        {
          name: String,
          role: { type: String, enum: SIGNATORY_ROLES },
          organisation: { type: String, default: '' },
        },
        { _id: false },
      ),
    ],
    document: {
      type: new Schema(
        {
          fileId: Schema.Types.ObjectId,
          filename: String,
          contentType: String,
          size: Number,
          uploadedAt: Date,
        },
        { _id: false },
      ),
      default: null,
    },
    notes: { type: String, default: '' },
  },
  options('programme_agreements'),
);
agreementSchema.index({ municipalityId: 1, date: 1 });

const coachingSchema = new Schema<CoachingRecord>(
  {
    municipalityId: owner,
    coach: { type: String, required: true },
    start: { type: String, required: true },
    end: { type: String, default: null },
    phases: [
      new Schema(
        { name: String, start: String, end: { type: String, default: null } },
        { _id: false },
      ),
    ],
    outcome: { type: String, default: '' },
  },
  options('programme_coachings'),
);
coachingSchema.index({ municipalityId: 1, start: 1 });

const statusEntry = (statuses: readonly string[]) =>
  new Schema(
    {
      status: { type: String, enum: statuses, required: true },
      date: { type: String, required: true },
    },
    { _id: false },
  );

const analysisSchema = new Schema<AnalysisRecord>(
  {
    municipalityId: owner,
    statusHistory: { type: [statusEntry(ANALYSIS_STATUSES)], required: true },
    surveySize: { type: Number, default: null },
    returnRate: { type: Number, default: null },
    findings: [new Schema({ key: String, text: String }, { _id: false })],
    recommendations: [
      new Schema(
        {
          key: String,
          text: String,
          findingKeys: [String],
          measures: [
            new Schema({ planId: Schema.Types.ObjectId, measureId: String }, { _id: false }),
          ],
        },
        { _id: false },
      ),
    ],
  },
  options('programme_analyses'),
);
analysisSchema.index({ municipalityId: 1 });

const fundingSchema = new Schema<FundingRecord>(
  {
    municipalityId: owner,
    year: { type: Number, required: true },
    project: { type: String, required: true },
    fieldOfAction: { type: String, enum: FIELDS_OF_ACTION, required: true },
    purpose: { type: String, default: '' },
    amountRequested: { type: Number, required: true },
    ownShare: { type: Number, required: true },
    costItems: [new Schema({ label: String, amount: Number, capital: Boolean }, { _id: false })],
    submittedOn: { type: String, required: true },
    status: { type: String, enum: FUNDING_STATUSES, required: true },
    statusHistory: { type: [statusEntry(FUNDING_STATUSES)], required: true },
    amountGranted: { type: Number, default: null },
  },
  options('programme_funding'),
);
fundingSchema.index({ year: 1, municipalityId: 1 });
fundingSchema.index({ municipalityId: 1 });

const budgetSchema = new Schema<BudgetRecord>(
  { year: { type: Number, required: true }, amount: { type: Number, required: true } },
  { collection: 'programme_budgets', versionKey: false },
);
budgetSchema.index({ year: 1 }, { unique: true });

export const AgreementModel = model<AgreementRecord>('ProgrammeAgreement', agreementSchema);
export const CoachingModel = model<CoachingRecord>('ProgrammeCoaching', coachingSchema);
export const AnalysisModel = model<AnalysisRecord>('ProgrammeAnalysis', analysisSchema);
export const FundingModel = model<FundingRecord>('ProgrammeFunding', fundingSchema);
export const BudgetModel = model<BudgetRecord>('ProgrammeBudget', budgetSchema);
