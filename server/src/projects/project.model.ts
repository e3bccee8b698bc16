import {
  EVALUATION_TYPES,
  EVIDENCE_LEVELS,
  FIELDS_OF_ACTION,
  FUNDING_SOURCES,
  ORGANISATION_TYPES,
  PROJECT_SETTINGS,
  PROJECT_STATUSES,
  PROTECTIVE_FACTORS,
  RISK_FACTORS,
  VISIBILITIES,
  type ProjectFields,
} from '@pnetz/shared';
import { Schema, model, type SchemaDefinition, type Types } from 'mongoose';

/** A partner as stored: linked people by user id only (names are resolved when read). */
export interface PartnerRecord {
  organisation: string;
  type: ProjectFields['partners'][number]['type'];
  role: string;
  userIds: Types.ObjectId[];
}

/** A prevention project of one council. Authors are kept as user ids (see privacy/attribution). */
export interface ProjectRecord extends Omit<ProjectFields, 'partners'> {
  _id: Types.ObjectId;
  workspaceId: Types.ObjectId;
  partners: PartnerRecord[];
  draft: boolean;
  createdBy: Types.ObjectId;
  /** People who hear about comments on the project (author, commenters, those who chose to). */
  followers: Types.ObjectId[];
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const str = { type: String, default: '' };
const enumList = (values: readonly string[]) => ({
  type: [{ type: String, enum: values }],
  default: [],
});
const sub = (definition: SchemaDefinition) => ({
  type: new Schema(definition, { _id: false }),
  default: () => ({}),
});

const projectSchema = new Schema<ProjectRecord>(
  {
    workspaceId: { type: Schema.Types.ObjectId, required: true, ref: 'Workspace' },
    title: { type: String, required: true },
    summary: str,
    fieldsOfAction: enumList(FIELDS_OF_ACTION),
    status: { type: String, enum: PROJECT_STATUSES, default: 'idea' },
    problem: sub({ what: str, where: str, since: str, evidence: str }),
    causes: str,
    preventionGoal: str,
    projectGoals: str,
    indicators: { type: [String], default: [] },
    targetGroups: sub({ primary: str, secondary: str }),
    settings: enumList(PROJECT_SETTINGS),
    riskFactors: enumList(RISK_FACTORS),
    protectiveFactors: enumList(PROTECTIVE_FACTORS),
    approach: str,
    interventionLogic: str,
    implementation: str,
    partners: {
      type: [
        new Schema(
          {
            organisation: { type: String, required: true },
            type: { type: String, enum: ORGANISATION_TYPES, required: true },
            role: str,
            userIds: { type: [Schema.Types.ObjectId], default: [] },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    contact: sub({ name: str, organisation: str, email: str, phone: str }),
    timeline: sub({
      start: { type: String, default: null },
      end: { type: String, default: null },
      milestones: {
        type: [new Schema({ date: String, title: String, done: Boolean }, { _id: false })],
        default: [],
      },
    }),
    costPlan: { type: [new Schema({ item: String, amount: Number }, { _id: false })], default: [] },
    funding: sub({
      source: { type: String, enum: [...FUNDING_SOURCES, null], default: null },
      sourceNote: str,
      requested: { type: Number, default: null },
      granted: { type: Number, default: null },
      ownShare: { type: Number, default: null },
      year: { type: Number, default: null },
    }),
    evaluation: sub({
      type: { type: String, enum: EVALUATION_TYPES, default: 'none' },
      method: str,
      result: str,
    }),
    evidenceLevel: { type: String, enum: [...EVIDENCE_LEVELS, null], default: null },
    replicationNotes: str,
    recommendation: str,
    visibility: { type: String, enum: VISIBILITIES, default: 'workspace' },
    draft: { type: Boolean, default: true },
    createdBy: { type: Schema.Types.ObjectId, required: true, ref: 'User' },
    followers: { type: [Schema.Types.ObjectId], default: [] },
    publishedAt: { type: Date, default: null },
  },
  { timestamps: true, minimize: false },
);
projectSchema.index({ workspaceId: 1, updatedAt: -1 });
projectSchema.index({ visibility: 1, draft: 1 });
projectSchema.index({ createdBy: 1 });
projectSchema.index({ 'partners.userIds': 1 });

export const ProjectModel = model<ProjectRecord>('Project', projectSchema, 'projects');
