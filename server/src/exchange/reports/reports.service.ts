import {
  isId,
  type CreateReportBodySchema,
  type FieldOfAction,
  type ReportVisibility,
  type UpdateReportBodySchema,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/audit.service';
import { forbidden, notFound } from '../../errors';
import { audienceOf, indexEntry, removeEntry } from '../../search/indexer';
import { roleIn } from '../../workspaces/access';
import { MembershipModel } from '../../workspaces/membership.model';
import { WorkspaceModel } from '../../workspaces/workspace.model';
import { checkProjectOfCouncil } from './project-source';
import { ReportModel, ReportQuestionModel, type ReportRecord } from './report.model';
import { visibilityOf } from './reports.policy';

type CreateInput = z.output<typeof CreateReportBodySchema>;
type UpdateInput = z.output<typeof UpdateReportBodySchema>;

/** Keeps a report findable for those who may read it. */
export async function indexReport(report: ReportRecord): Promise<void> {
  await indexEntry({
    type: 'report',
    itemId: report._id.toHexString(),
    workspaceId: report.workspaceId,
    visibility: report.visibility === 'draft' ? 'draft' : report.visibility,
    audience: audienceOf(report.workspaceId, visibilityOf(report.visibility)),
    fieldsOfAction: report.fieldsOfAction,
    title: report.title,
    text: [
      report.summary,
      report.whatWasDone,
      report.whatWorked,
      report.whatDidNotWork,
      report.costAndEffort,
      report.partners,
      report.replicationNotes,
    ].join('\n'),
    updatedAt: report.updatedAt,
  });
}

export async function createReport(
  actor: Actor,
  workspaceId: string,
  input: CreateInput,
): Promise<ReportRecord> {
  if (!isId(workspaceId) || !(await WorkspaceModel.exists({ _id: workspaceId })))
    throw notFound('Council');
  const role = await roleIn(actor, workspaceId);
  if (role === null) throw notFound('Council');
  if (role === 'guest') throw forbidden('Guests do not write reports');
  const { projectId, ...content } = input;
  const created = await ReportModel.create({
    ...content,
    fieldsOfAction: [...new Set(content.fieldsOfAction)],
    workspaceId,
    projectId: await checkProjectOfCouncil(projectId, workspaceId),
    createdBy: actor.id,
    publishedAt: input.visibility === 'draft' ? null : new Date(),
  });
  const report = created.toObject();
  await indexReport(report);
  return report;
}

export async function updateReport(
  actor: Actor,
  report: ReportRecord,
  input: UpdateInput,
): Promise<ReportRecord> {
  const set: Record<string, unknown> = { ...input };
  if (input.fieldsOfAction) set.fieldsOfAction = [...new Set(input.fieldsOfAction)];
  if (input.visibility && input.visibility !== 'draft' && !report.publishedAt)
    set.publishedAt = new Date();
  const updated =
    (await ReportModel.findByIdAndUpdate(
      report._id,
      { $set: set },
      { returnDocument: 'after' },
    ).lean()) ?? report;
  if (input.visibility && input.visibility !== report.visibility) {
    await recordAudit({
      workspaceId: report.workspaceId,
      action: 'visibility.changed',
      actorId: actor.id,
      target: { type: 'report', id: report._id },
      details: { from: report.visibility, to: input.visibility },
    });
  }
  await indexReport(updated);
  return updated;
}

export async function deleteReport(actor: Actor, report: ReportRecord): Promise<void> {
  await ReportModel.deleteOne({ _id: report._id });
  await ReportQuestionModel.deleteMany({ reportId: report._id });
  await removeEntry('report', report._id.toHexString());
  await recordAudit({
    workspaceId: report.workspaceId,
    action: 'content.deleted',
    actorId: actor.id,
    target: { type: 'report', id: report._id },
  });
}

/** Marks or unmarks as helpful, or bookmarks; each person counts once. */
export async function toggleMark(
  report: ReportRecord,
  field: 'helpfulBy' | 'bookmarkedBy',
  userId: string,
  on: boolean,
): Promise<ReportRecord> {
  const id = new Types.ObjectId(userId);
  // No timestamps: a mark is no change of the report's content.
  const updated = await ReportModel.findByIdAndUpdate(
    report._id,
    on ? { $addToSet: { [field]: id } } : { $pull: { [field]: id } },
    {
      returnDocument: 'after',
      timestamps: false,
    },
  ).lean();
  return updated ?? report;
}

/** Reports the caller may read: published ones and the drafts of their own councils. */
export async function listReports(
  actor: Actor,
  filter: { field?: FieldOfAction | undefined; workspaceId?: string | undefined },
): Promise<ReportRecord[]> {
  const memberships = await MembershipModel.find({ userId: actor.id }, { workspaceId: 1 }).lean();
  const query: Record<string, unknown> = {
    $or: [
      { visibility: { $in: ['network', 'public'] satisfies ReportVisibility[] } },
      { workspaceId: { $in: memberships.map((m) => m.workspaceId) } },
    ],
  };
  if (filter.field) query.fieldsOfAction = filter.field;
  if (filter.workspaceId) query.workspaceId = new Types.ObjectId(filter.workspaceId);
  return ReportModel.find(query).sort({ publishedAt: -1, updatedAt: -1 }).limit(500).lean();
}

export function listPublicReports(field: FieldOfAction | undefined): Promise<ReportRecord[]> {
  return ReportModel.find(
    field ? { visibility: 'public', fieldsOfAction: field } : { visibility: 'public' },
  )
    .sort({ publishedAt: -1 })
    .limit(500)
    .lean();
}

export async function listBookmarks(actor: Actor): Promise<ReportRecord[]> {
  const bookmarked = await ReportModel.find({ bookmarkedBy: new Types.ObjectId(actor.id) })
    .sort({ updatedAt: -1 })
    .lean();
  // A bookmarked report may have gone back to draft since; only what the caller may read stays.
  const memberships = new Set(
    (await MembershipModel.find({ userId: actor.id }, { workspaceId: 1 }).lean()).map((m) =>
      m.workspaceId.toHexString(),
    ),
  );
  return bookmarked.filter(
    (report) => report.visibility !== 'draft' || memberships.has(report.workspaceId.toHexString()),
  );
}

export async function questionCounts(reportIds: Types.ObjectId[]): Promise<Map<string, number>> {
  if (reportIds.length === 0) return new Map();
  const counts = await ReportQuestionModel.aggregate<{ _id: Types.ObjectId; count: number }>([
    { $match: { reportId: { $in: reportIds } } },
    { $group: { _id: '$reportId', count: { $sum: 1 } } },
  ]);
  return new Map(counts.map((row) => [row._id.toHexString(), row.count]));
}
