import {
  AGE_GROUPS,
  ANALYSIS_PHASES,
  REGISTER_SEXES,
  type AgeGroup,
  type AnalysisPhase,
  type RegisterSex,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** One phase of the analysis: days are `YYYY-MM-DD`, the owner a user (or nobody yet). */
export interface AnalysisPhaseRecord {
  name: AnalysisPhase;
  start: string | null;
  end: string | null;
  ownerId: Types.ObjectId | null;
}

/** One cell of the register's margins or of the sample: district × age group × sex. */
export interface StratumCount {
  district: string;
  ageGroup: AgeGroup;
  sex: RegisterSex;
  count: number;
}

/** The drawn sample's design, kept after the addresses are deleted so weighting still works. */
export interface SampleDesign {
  seed: string;
  size: number;
  allocation: 'proportional' | 'minimum';
  minimumPerStratum: number;
  /** `YYYY-MM-DD`; age groups are computed against this day's year. */
  drawnOn: string;
  strata: Array<StratumCount & { population: number }>;
}

/**
 * The fieldwork side of a council's security analysis. The programme's figures read the linked
 * programme record (`recordId` → `programme_analyses`); this document never repeats its status,
 * survey size or return rate, it updates them.
 *
 * Owners are the council's admins plus `ownerIds`; the programme coordinator reads.
 */
export interface SecurityAnalysis {
  _id: Types.ObjectId;
  workspaceId: Types.ObjectId;
  /** The programme's security-analysis record of the council's municipality. */
  recordId: Types.ObjectId;
  title: string;
  ownerIds: Types.ObjectId[];
  phases: AnalysisPhaseRecord[];
  /** Public link printed in the letters (the answering page). */
  publicUrl: string;
  /** Returns the council aims for; the dashboard shows the return rate against it. */
  targetResponses: number | null;
  /** The imported register's summary; the addresses themselves live in `analysis_addresses`. */
  register: {
    filename: string;
    rows: number;
    importedAt: Date;
    /** Aggregate counts by district × age group × sex, kept after the addresses are deleted. */
    margins: StratumCount[];
  } | null;
  sample: SampleDesign | null;
  /** Letters made: how many codes were issued, and when. No code is linked to an address. */
  letters: { issued: number; madeAt: Date } | null;
  /** Mayor's signature as a small PNG/JPEG data URI, printed under the letters. */
  signature: string | null;
  signatory: string;
  /** Day (`YYYY-MM-DD`) from which the sweep deletes the addresses. */
  addressDeletionOn: string | null;
  addressesDeletedAt: Date | null;
  createdBy: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

const stratumFields = {
  district: { type: String, required: true },
  ageGroup: { type: String, enum: AGE_GROUPS, required: true },
  sex: { type: String, enum: REGISTER_SEXES, required: true },
  count: { type: Number, required: true },
} as const;

const phaseSchema = new Schema<AnalysisPhaseRecord>(
  {
    name: { type: String, enum: ANALYSIS_PHASES, required: true },
    start: { type: String, default: null },
    end: { type: String, default: null },
    ownerId: { type: Schema.Types.ObjectId, default: null, ref: 'User' },
  },
  { _id: false },
);

const analysisSchema = new Schema<SecurityAnalysis>(
  {
    workspaceId: { type: Schema.Types.ObjectId, required: true, ref: 'Workspace' },
    recordId: { type: Schema.Types.ObjectId, required: true, ref: 'ProgrammeAnalysis' },
    title: { type: String, required: true, trim: true },
    ownerIds: { type: [Schema.Types.ObjectId], default: [], ref: 'User' },
    phases: { type: [phaseSchema], default: [] },
    publicUrl: { type: String, default: '' },
    targetResponses: { type: Number, default: null },
    register: {
      type: new Schema(
        {
          filename: String,
          rows: Number,
          importedAt: Date,
          margins: [new Schema(stratumFields, { _id: false })],
        },
        { _id: false },
      ),
      default: null,
    },
    sample: {
      type: new Schema(
        {
          seed: String,
          size: Number,
          allocation: { type: String, enum: ['proportional', 'minimum'] },
          minimumPerStratum: Number,
          drawnOn: String,
          strata: [new Schema({ ...stratumFields, population: Number }, { _id: false })],
        },
        { _id: false },
      ),
      default: null,
    },
    letters: {
      type: new Schema({ issued: Number, madeAt: Date }, { _id: false }),
      default: null,
    },
    signature: { type: String, default: null },
    signatory: { type: String, default: '' },
    addressDeletionOn: { type: String, default: null },
    addressesDeletedAt: { type: Date, default: null },
    createdBy: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
  },
  { timestamps: true, collection: 'analyses' },
);
analysisSchema.index({ workspaceId: 1 });
analysisSchema.index({ recordId: 1 }, { unique: true });
analysisSchema.index({ addressDeletionOn: 1, addressesDeletedAt: 1 });

export const SecurityAnalysisModel = model<SecurityAnalysis>('SecurityAnalysis', analysisSchema);
