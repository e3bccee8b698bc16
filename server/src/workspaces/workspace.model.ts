import { VISIBILITIES, type Visibility } from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** A council's workspace: one municipality (or district) and its Kommunaler Präventionsrat. */
export interface Workspace {
  _id: Types.ObjectId;
  name: string;
  municipality: string;
  /** Landkreis (or kreisfreie Stadt). */
  district: string;
  population?: number;
  policeDirectorate?: string;
  contactEmail?: string;
  description?: string;
  /** A small data URI; kept in the document because councils have one logo and it is tiny. */
  logo?: string;
  /** Visibility that new content of this council starts with. */
  defaultVisibility: Visibility;
  createdAt: Date;
  updatedAt: Date;
}

const workspaceSchema = new Schema<Workspace>(
  {
    name: { type: String, required: true, trim: true },
    municipality: { type: String, required: true, trim: true },
    district: { type: String, required: true, trim: true },
    population: { type: Number, min: 0 },
    policeDirectorate: { type: String, trim: true },
    contactEmail: { type: String, trim: true, lowercase: true },
    description: { type: String },
    logo: { type: String },
    defaultVisibility: { type: String, enum: VISIBILITIES, default: 'workspace' },
  },
  { timestamps: true },
);
workspaceSchema.index({ name: 1 }, { unique: true });

export const WorkspaceModel = model<Workspace>('Workspace', workspaceSchema);
