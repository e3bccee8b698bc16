import {
  MILESTONE_KINDS,
  MUNICIPALITY_KINDS,
  type MilestoneKind,
  type MunicipalityKind,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

export interface MilestoneRecord {
  _id: Types.ObjectId;
  kind: MilestoneKind;
  /** `YYYY-MM-DD`; days compare as strings, which the "as of" figures rely on. */
  date: string;
  note: string;
}

/**
 * A municipality (or district) in the programme registry, with or without a council workspace on
 * the platform. Its milestones are few and always read together, so they live in the document.
 */
export interface MunicipalityRecord {
  _id: Types.ObjectId;
  name: string;
  kind: MunicipalityKind;
  district: string;
  population: number | null;
  lat: number;
  lon: number;
  policeDirectorate: string;
  contact: { name: string; email: string; phone: string };
  workspaceId: Types.ObjectId | null;
  milestones: MilestoneRecord[];
  createdAt: Date;
  updatedAt: Date;
}

const milestoneSchema = new Schema<MilestoneRecord>({
  kind: { type: String, enum: MILESTONE_KINDS, required: true },
  date: { type: String, required: true },
  note: { type: String, default: '' },
});

const municipalitySchema = new Schema<MunicipalityRecord>(
  {
    name: { type: String, required: true, trim: true },
    kind: { type: String, enum: MUNICIPALITY_KINDS, required: true },
    district: { type: String, required: true, trim: true },
    population: { type: Number, default: null },
    lat: { type: Number, required: true },
    lon: { type: Number, required: true },
    policeDirectorate: { type: String, default: '' },
    contact: {
      name: { type: String, default: '' },
      email: { type: String, default: '' },
      phone: { type: String, default: '' },
    },
    workspaceId: { type: Schema.Types.ObjectId, default: null, ref: 'Workspace' },
    milestones: { type: [milestoneSchema], default: [] },
  },
  { timestamps: true, collection: 'programme_municipalities' },
);
municipalitySchema.index({ name: 1, district: 1 }, { unique: true });
municipalitySchema.index({ workspaceId: 1 });

export const MunicipalityModel = model<MunicipalityRecord>(
  'ProgrammeMunicipality',
  municipalitySchema,
);
