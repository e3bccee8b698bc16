import { isId, type AnalysisReport, type DocumentAccess } from '@pnetz/shared';
import type { Actor } from '../../auth/actor';
import { conflict, forbidden, notFound } from '../../errors';
import type { AuthorizeDocument } from '../../realtime/collab/authorize';
import type { CollabDocuments } from '../../realtime/collab/documents';
import type { SecurityAnalysis } from '../analysis.model';
import { decideAnalysis, standingOf, type AnalysisStanding } from '../analysis.policy';
import { findAnalysis } from '../analysis.service';
import { SecurityAnalysisModel } from '../analysis.model';
import { writeOutline } from './outline';
import { ReportModel, type ReportRecord } from './report.model';

/**
 * Who may do what with the report, on top of the analysis's standing:
 *
 * | action | owner (the analysis team) | council member, guest | coordinator, platform admin | anyone else |
 * | ------ | ------------------------- | --------------------- | --------------------------- | ----------- |
 * | read   | allow (document: write)   | allow (document: read) | allow (document: read)    | 403         |
 * | create | allow                     | 403                   | 403                         | 403         |
 *
 * Reading covers the document and both exports; the team edits the document and starts it.
 */
export function reportAccess(standing: AnalysisStanding): DocumentAccess | null {
  if (decideAnalysis(standing, 'manage')) return 'write';
  return decideAnalysis(standing, 'read') ? 'read' : null;
}

export interface ReportWithAnalysis {
  report: ReportRecord;
  analysis: SecurityAnalysis;
  access: DocumentAccess;
}

export function presentReport({ report, analysis, access }: ReportWithAnalysis): AnalysisReport {
  return {
    id: report._id.toHexString(),
    analysisId: analysis._id.toHexString(),
    documentId: report._id.toHexString(),
    title: analysis.title,
    workspaceId: analysis.workspaceId.toHexString(),
    access,
    createdAt: report.createdAt.toISOString(),
  };
}

async function accessTo(actor: Actor, analysis: SecurityAnalysis): Promise<DocumentAccess> {
  const access = reportAccess(await standingOf(actor, analysis));
  if (!access) throw forbidden('Security analysis report: you may not read it');
  return access;
}

/** The analysis's report for a reader; 404 until the team has started it. */
export async function findReport(actor: Actor, analysisId: string): Promise<ReportWithAnalysis> {
  const analysis = await findAnalysis(analysisId);
  const access = await accessTo(actor, analysis);
  const report = await ReportModel.findOne({ analysisId: analysis._id }).lean();
  if (!report) throw notFound('Report');
  return { report, analysis, access };
}

/** Starts the report with its outline; the team only, once per analysis. */
export async function createReport(
  actor: Actor,
  analysisId: string,
  documents: CollabDocuments,
): Promise<ReportWithAnalysis> {
  const analysis = await findAnalysis(analysisId);
  const access = await accessTo(actor, analysis);
  if (access !== 'write') throw forbidden('Security analysis report: only the team starts it');
  let report: ReportRecord;
  try {
    report = (await ReportModel.create({ analysisId: analysis._id })).toObject();
  } catch (error) {
    if ((error as { code?: number }).code === 11000)
      throw conflict('This security analysis already has a report');
    throw error;
  }
  const document = await documents.open(report._id.toHexString());
  try {
    writeOutline(document.doc);
    await document.flush();
  } finally {
    documents.release(document);
  }
  return { report, analysis, access };
}

/** The collaborative transports ask this before opening a report's document. */
export const authorizeReportDocument: AuthorizeDocument = async (actor, docName) => {
  if (!isId(docName)) return null;
  const report = await ReportModel.findById(docName, { analysisId: 1 }).lean();
  if (!report) return null;
  const analysis = await SecurityAnalysisModel.findById(report.analysisId, {
    workspaceId: 1,
    ownerIds: 1,
  }).lean();
  if (!analysis) return null;
  return reportAccess(await standingOf(actor, analysis));
};

/** The report's document, if the analysis has one (access changes name it). */
export async function reportDocumentOf(analysisId: string): Promise<string | null> {
  if (!isId(analysisId)) return null;
  const report = await ReportModel.findOne({ analysisId }, { _id: 1 }).lean();
  return report?._id.toHexString() ?? null;
}
