import {
  FIELDS_OF_ACTION,
  REPORT_EVIDENCE_LEVELS,
  REPORT_VISIBILITIES,
  type FieldOfAction,
  type ReportContact,
  type ReportEvidenceLevel,
  type ReportQuality,
  type ReportVisibility,
} from '@pnetz/shared';
import { Schema, model, type Types } from 'mongoose';

/** An experience report (Erfahrungsbericht) a council publishes, usually drawn from a project. */
export interface ReportRecord {
  _id: Types.ObjectId;
  workspaceId: Types.ObjectId;
  projectId: Types.ObjectId | null;
  title: string;
  summary: string;
  fieldsOfAction: FieldOfAction[];
  whatWasDone: string;
  whatWorked: string;
  whatDidNotWork: string;
  costAndEffort: string;
  partners: string;
  replicationNotes: string;
  contact: ReportContact;
  quality: ReportQuality;
  evidenceLevel: ReportEvidenceLevel | null;
  visibility: ReportVisibility;
  /** People who found it helpful; only the count and one's own mark ever leave the server. */
  helpfulBy: Types.ObjectId[];
  /** Private bookmarks: each person sees only whether they bookmarked it. */
  bookmarkedBy: Types.ObjectId[];
  createdBy: Types.ObjectId;
  /** When it first left the draft state. */
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const reportSchema = new Schema<ReportRecord>(
  {
    workspaceId: { type: Schema.Types.ObjectId, required: true },
    projectId: { type: Schema.Types.ObjectId, default: null },
    title: { type: String, required: true, trim: true },
    summary: { type: String, default: '' },
    fieldsOfAction: { type: [String], enum: FIELDS_OF_ACTION, default: [] },
    whatWasDone: { type: String, default: '' },
    whatWorked: { type: String, default: '' },
    whatDidNotWork: { type: String, default: '' },
    costAndEffort: { type: String, default: '' },
    partners: { type: String, default: '' },
    replicationNotes: { type: String, default: '' },
    contact: {
      name: { type: String, default: '' },
      organisation: { type: String, default: '' },
      email: { type: String, default: '' },
      phone: { type: String, default: '' },
    },
    quality: {
      clearProblem: { type: Boolean, default: false },
      interventionLogic: { type: Boolean, default: false },
      evaluated: { type: Boolean, default: false },
      replicable: { type: Boolean, default: false },
    },
    evidenceLevel: { type: String, enum: [...REPORT_EVIDENCE_LEVELS, null], default: null },
    visibility: { type: String, enum: REPORT_VISIBILITIES, required: true },
    helpfulBy: { type: [Schema.Types.ObjectId], default: [] },
    bookmarkedBy: { type: [Schema.Types.ObjectId], default: [] },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    publishedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: 'experience_reports' },
);
reportSchema.index({ visibility: 1, publishedAt: -1 });
reportSchema.index({ workspaceId: 1, updatedAt: -1 });
reportSchema.index({ bookmarkedBy: 1 });

export const ReportModel = model<ReportRecord>('ExperienceReport', reportSchema);

/** A question to a report's authors, with their answer once given. */
export interface ReportQuestionRecord {
  _id: Types.ObjectId;
  reportId: Types.ObjectId;
  body: string;
  authorId: Types.ObjectId;
  /** The council the asker wrote for, if any, as it was at the time. */
  council: string | null;
  createdAt: Date;
  answer: { body: string; authorId: Types.ObjectId; answeredAt: Date } | null;
}

const questionSchema = new Schema<ReportQuestionRecord>(
  {
    reportId: { type: Schema.Types.ObjectId, required: true },
    body: { type: String, required: true },
    authorId: { type: Schema.Types.ObjectId, required: true },
    council: { type: String, default: null },
    createdAt: { type: Date, required: true, default: () => new Date() },
    answer: {
      type: new Schema(
        {
          body: { type: String, required: true },
          authorId: { type: Schema.Types.ObjectId, required: true },
          answeredAt: { type: Date, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
  },
  { versionKey: false, collection: 'experience_report_questions' },
);
questionSchema.index({ reportId: 1, createdAt: 1 });
questionSchema.index({ authorId: 1 });

export const ReportQuestionModel = model<ReportQuestionRecord>(
  'ExperienceReportQuestion',
  questionSchema,
);
