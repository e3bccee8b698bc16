import type {
  CouncilRef,
  PublicReport,
  Report,
  ReportQuestion,
  ReportSummary,
} from '@pnetz/shared';
import type { People } from '../../privacy/attribution';
import type { ReportQuestionRecord, ReportRecord } from './report.model';
import type { ReportRights } from './reports.policy';

const unknownCouncil = (id: string): CouncilRef => ({
  id,
  name: '',
  municipality: '',
  district: '',
});

export function presentPublicReport(
  report: ReportRecord,
  councils: ReadonlyMap<string, CouncilRef>,
): PublicReport {
  const workspaceId = report.workspaceId.toHexString();
  return {
    id: report._id.toHexString(),
    council: councils.get(workspaceId) ?? unknownCouncil(workspaceId),
    title: report.title,
    summary: report.summary,
    fieldsOfAction: report.fieldsOfAction,
    whatWasDone: report.whatWasDone,
    whatWorked: report.whatWorked,
    whatDidNotWork: report.whatDidNotWork,
    costAndEffort: report.costAndEffort,
    partners: report.partners,
    replicationNotes: report.replicationNotes,
    contact: {
      name: report.contact.name,
      organisation: report.contact.organisation,
      email: report.contact.email,
      phone: report.contact.phone,
    },
    quality: {
      clearProblem: report.quality.clearProblem,
      interventionLogic: report.quality.interventionLogic,
      evaluated: report.quality.evaluated,
      replicable: report.quality.replicable,
    },
    evidenceLevel: report.evidenceLevel,
    visibility: report.visibility,
    projectId: report.projectId?.toHexString() ?? null,
    helpfulCount: report.helpfulBy.length,
    publishedAt: report.publishedAt?.toISOString() ?? null,
    updatedAt: report.updatedAt.toISOString(),
  };
}

export function presentReportSummary(
  report: ReportRecord,
  councils: ReadonlyMap<string, CouncilRef>,
): ReportSummary {
  const full = presentPublicReport(report, councils);
  return {
    id: full.id,
    council: full.council,
    title: full.title,
    summary: full.summary,
    fieldsOfAction: full.fieldsOfAction,
    visibility: full.visibility,
    evidenceLevel: full.evidenceLevel,
    quality: full.quality,
    helpfulCount: full.helpfulCount,
    publishedAt: full.publishedAt,
    updatedAt: full.updatedAt,
  };
}

export function presentReport(
  report: ReportRecord,
  context: {
    councils: ReadonlyMap<string, CouncilRef>;
    people: People;
    userId: string;
    questionCount: number;
    rights: ReportRights;
  },
): Report {
  const is = (ids: ReportRecord['helpfulBy']) =>
    ids.some((id) => id.toHexString() === context.userId);
  return {
    ...presentPublicReport(report, context.councils),
    author: context.people.ref(report.createdBy),
    questionCount: context.questionCount,
    helpfulByMe: is(report.helpfulBy),
    bookmarkedByMe: is(report.bookmarkedBy),
    permissions: {
      edit: context.rights.edit,
      ask: context.rights.ask,
      answer: context.rights.answer,
      react: context.rights.react,
    },
  };
}

export function presentQuestion(question: ReportQuestionRecord, people: People): ReportQuestion {
  return {
    id: question._id.toHexString(),
    reportId: question.reportId.toHexString(),
    body: question.body,
    author: people.ref(question.authorId),
    council: question.council,
    createdAt: question.createdAt.toISOString(),
    answer: question.answer
      ? {
          body: question.answer.body,
          author: people.ref(question.answer.authorId),
          answeredAt: question.answer.answeredAt.toISOString(),
        }
      : null,
  };
}
