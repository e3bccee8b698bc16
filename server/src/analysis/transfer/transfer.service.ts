import {
  CreateMeetingBodySchema,
  CreateReportBodySchema,
  type CreateWorkshopBody,
  type FieldError,
  type PublishTransferBody,
  type Transfer,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { conflict, validationFailed } from '../../errors';
import { MeetingModel } from '../../exchange/meeting.model';
import { createCouncilMeeting } from '../../exchange/meetings.service';
import { ReportModel } from '../../exchange/reports/report.model';
import { createReport } from '../../exchange/reports/reports.service';
import { removeEntry } from '../../search/indexer';
import type { SecurityAnalysis } from '../analysis.model';
import { listRecommendations } from '../recommendations/recommendations.service';
import { draftOf } from './draft';
import { TransferClaimModel, TransferModel } from './transfer.model';
import { authorizeTransfer } from './transfer.policy';

/** Where the analysis's report lives; the workshop meeting links it as its attachment. */
export const reportPath = (analysis: Pick<SecurityAnalysis, '_id' | 'workspaceId'>) =>
  `/raete/${analysis.workspaceId.toHexString()}/sicherheitsanalyse/${analysis._id.toHexString()}/bericht`;

/** The chain's state: recommendations decided, workshop held, report published, and the draft. */
export async function transferOf(actor: Actor, analysis: SecurityAnalysis): Promise<Transfer> {
  return (await chainOf(actor, analysis)).transfer;
}

async function chainOf(actor: Actor, analysis: SecurityAnalysis) {
  const { manage } = await authorizeTransfer(actor, analysis, 'read');
  const [{ items }, record] = await Promise.all([
    listRecommendations(actor, analysis._id.toHexString()),
    TransferModel.findById(analysis._id).lean(),
  ]);
  const [meeting, report] = await Promise.all([
    record?.meetingId
      ? MeetingModel.findById(record.meetingId, { title: 1, startsAt: 1 }).lean()
      : null,
    record?.reportId ? ReportModel.findById(record.reportId, { title: 1 }).lean() : null,
  ]);
  const count = (status: string) => items.filter((r) => r.status === status).length;
  const recommendations = {
    accepted: count('accepted'),
    declined: count('declined'),
    open: count('open'),
  };
  const gaps: Transfer['gaps'] = [];
  if (items.length === 0) gaps.push('no_recommendations');
  if (recommendations.open > 0) gaps.push('open_recommendations');
  if (!meeting) gaps.push('no_workshop');
  const transfer: Transfer = {
    analysisId: analysis._id.toHexString(),
    workshop: meeting
      ? {
          meetingId: meeting._id.toHexString(),
          title: meeting.title,
          startsAt: meeting.startsAt.toISOString(),
        }
      : null,
    recommendations,
    finished: gaps.length === 0,
    gaps,
    report: report ? { reportId: report._id.toHexString(), title: report.title } : null,
    draft: draftOf(analysis.title, items),
    permissions: { manage },
  };
  return { transfer, titles: items.map((r) => r.title) };
}

/** Inserts a step's claim; a second request for the same step gets the conflict. */
async function claim(id: string, message: string): Promise<string> {
  try {
    await TransferClaimModel.create({ _id: id, at: new Date() });
    return id;
  } catch (error) {
    if ((error as { code?: number }).code === 11000) throw conflict(message);
    throw error;
  }
}

const ensureRow = (analysis: SecurityAnalysis, set: Record<string, unknown>) =>
  TransferModel.updateOne(
    { _id: analysis._id },
    { $set: set, $setOnInsert: { workspaceId: new Types.ObjectId(analysis.workspaceId) } },
    { upsert: true },
  );

/**
 * The transfer workshop: a council meeting (internal to the council) whose agenda lists the
 * recommendations to decide and whose attachment links the analysis's report. One per analysis.
 */
export async function createWorkshop(
  actor: Actor,
  analysis: SecurityAnalysis,
  body: CreateWorkshopBody,
): Promise<Transfer> {
  await authorizeTransfer(actor, analysis, 'manage');
  const { transfer, titles } = await chainOf(actor, analysis);
  const input = CreateMeetingBodySchema.parse({
    title: body.title ?? `Transferwerkstatt: ${analysis.title}`.slice(0, 200),
    startsAt: body.startsAt,
    location: body.location ?? '',
    agenda: [
      'Bericht der Sicherheitsanalyse vorstellen',
      ...titles.slice(0, 48).map((title) => `Empfehlung entscheiden: ${title}`),
      'Veröffentlichung als Erfahrungsbericht',
    ],
    visibility: 'workspace',
  });
  const taken = await claim(
    `${analysis._id.toHexString()}:workshop`,
    'The transfer workshop of this analysis exists already',
  );
  try {
    const meeting = await createCouncilMeeting(actor, analysis.workspaceId.toHexString(), input, {
      label: `Bericht: ${analysis.title}`,
      url: reportPath(analysis),
    });
    await ensureRow(analysis, { meetingId: meeting._id });
    const gaps = transfer.gaps.filter((gap) => gap !== 'no_workshop');
    return {
      ...transfer,
      workshop: {
        meetingId: meeting._id.toHexString(),
        title: meeting.title,
        startsAt: meeting.startsAt.toISOString(),
      },
      gaps,
      finished: gaps.length === 0,
    };
  } catch (error) {
    await TransferClaimModel.deleteOne({ _id: taken });
    throw error;
  }
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/** A published chain names no one: contact details stay out of the report. */
function personalDataIn(body: PublishTransferBody): FieldError[] {
  return (['title', 'summary', 'whatWasDone', 'whatWorked', 'whatDidNotWork'] as const)
    .filter((field) => EMAIL.test(body[field]))
    .map((field) => ({
      path: `body.${field}`,
      message: 'must not contain an e-mail address: the report carries no personal data',
    }));
}

/**
 * Publishes the finished chain as an experience report of the council, with the text as edited.
 * Refused before every recommendation is decided and the workshop exists; either the report and
 * its link to the analysis are both stored, or neither.
 */
export async function publishTransfer(
  actor: Actor,
  analysis: SecurityAnalysis,
  body: PublishTransferBody,
): Promise<Transfer> {
  await authorizeTransfer(actor, analysis, 'manage');
  const errors = personalDataIn(body);
  if (errors.length > 0) throw validationFailed(errors);
  const state = await transferOf(actor, analysis);
  if (state.report) throw conflict('The chain has been published already');
  if (!state.finished)
    throw conflict(
      `The chain is not finished: ${state.gaps.join(', ')}`,
      state.gaps.map((gap) => ({ path: 'analysis', message: gap })),
    );
  const evaluated = state.draft.whatWorked !== '';
  const input = CreateReportBodySchema.parse({
    title: body.title,
    summary: body.summary,
    whatWasDone: body.whatWasDone,
    whatWorked: body.whatWorked,
    whatDidNotWork: body.whatDidNotWork,
    quality: {
      clearProblem: true,
      interventionLogic: state.recommendations.accepted > 0,
      evaluated,
      replicable: false,
    },
    visibility: body.visibility,
  });
  const taken = await claim(
    `${analysis._id.toHexString()}:report`,
    'The chain has been published already',
  );
  let reportId: Types.ObjectId | null = null;
  try {
    const report = await createReport(actor, analysis.workspaceId.toHexString(), input);
    reportId = report._id;
    await ensureRow(analysis, { reportId });
    return { ...state, report: { reportId: reportId.toHexString(), title: report.title } };
  } catch (error) {
    if (reportId) {
      await ReportModel.deleteOne({ _id: reportId });
      await removeEntry('report', reportId.toHexString());
    }
    await TransferClaimModel.deleteOne({ _id: taken });
    throw error;
  }
}
