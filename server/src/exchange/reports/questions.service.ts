import type { Actor } from '../../auth/actor';
import { notFound } from '../../errors';
import { MembershipModel } from '../../workspaces/membership.model';
import { WorkspaceModel } from '../../workspaces/workspace.model';
import { ReportQuestionModel, type ReportQuestionRecord, type ReportRecord } from './report.model';

export function listQuestions(report: ReportRecord): Promise<ReportQuestionRecord[]> {
  return ReportQuestionModel.find({ reportId: report._id }).sort({ createdAt: 1 }).lean();
}

/** The council the asker speaks for: their first council, named as it is now. */
async function askerCouncil(actor: Actor): Promise<string | null> {
  const membership = await MembershipModel.findOne({
    userId: actor.id,
    role: { $in: ['admin', 'member'] },
  })
    .sort({ createdAt: 1 })
    .lean();
  if (!membership) return null;
  return (await WorkspaceModel.findById(membership.workspaceId, { name: 1 }).lean())?.name ?? null;
}

export async function askQuestion(
  actor: Actor,
  report: ReportRecord,
  body: string,
): Promise<ReportQuestionRecord> {
  const created = await ReportQuestionModel.create({
    reportId: report._id,
    body,
    authorId: actor.id,
    council: await askerCouncil(actor),
  });
  return created.toObject();
}

/** Answers (or corrects the answer to) a question of this report. */
export async function answerQuestion(
  actor: Actor,
  report: ReportRecord,
  questionId: string,
  body: string,
): Promise<ReportQuestionRecord> {
  const answered = await ReportQuestionModel.findOneAndUpdate(
    { _id: questionId, reportId: report._id },
    { $set: { answer: { body, authorId: actor.id, answeredAt: new Date() } } },
    { returnDocument: 'after' },
  ).lean();
  if (!answered) throw notFound('Question');
  return answered;
}
