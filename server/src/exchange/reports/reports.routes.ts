import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { Actor } from '../../auth/actor';
import { notFound } from '../../errors';
import type { RouteBinder } from '../../http/route';
import { resolvePeople } from '../../privacy/attribution';
import { roleIn } from '../../workspaces/access';
import { councilRefs } from '../exchange.presenter';
import * as questions from './questions.service';
import type { ReportRecord } from './report.model';
import { authorizeReport, reportRights } from './reports.policy';
import {
  presentPublicReport,
  presentQuestion,
  presentReport,
  presentReportSummary,
} from './reports.presenter';
import * as reports from './reports.service';

async function full(actor: Actor, report: ReportRecord) {
  const [councils, people, counts, role] = await Promise.all([
    councilRefs([report.workspaceId]),
    resolvePeople([report.createdBy]),
    reports.questionCounts([report._id]),
    roleIn(actor, report.workspaceId.toHexString()),
  ]);
  return presentReport(report, {
    councils,
    people,
    userId: actor.id,
    questionCount: counts.get(report._id.toHexString()) ?? 0,
    rights: reportRights(actor, role, report),
  });
}

async function summaries(list: ReportRecord[]) {
  const councils = await councilRefs(list.map((report) => report.workspaceId));
  return { items: list.map((report) => presentReportSummary(report, councils)) };
}

/** Experience reports: writing and publishing, reactions, questions, and the public page. */
export function reportRoutes(bind: RouteBinder): Router {
  const router = Router();
  const api = endpoints.reports;

  // Registered before `/api/reports/:id`, which would otherwise take "bookmarks" for an id.
  bind(router, api.bookmarks, async ({ actor }) => summaries(await reports.listBookmarks(actor)));

  bind(router, api.list, async ({ actor, query }) =>
    summaries(await reports.listReports(actor, query)),
  );

  bind(router, api.create, async ({ actor, params, body }) =>
    full(actor, await reports.createReport(actor, params.workspaceId, body)),
  );

  bind(router, api.get, async ({ actor, params }) =>
    full(actor, (await authorizeReport(actor, params.id, 'read')).report),
  );

  bind(router, api.update, async ({ actor, params, body }) => {
    const { report } = await authorizeReport(actor, params.id, 'edit');
    return full(actor, await reports.updateReport(actor, report, body));
  });

  bind(router, api.remove, async ({ actor, params }) => {
    const { report } = await authorizeReport(actor, params.id, 'delete');
    await reports.deleteReport(actor, report);
  });

  bind(router, api.helpful, async ({ actor, params, body }) => {
    const { report } = await authorizeReport(actor, params.id, 'react');
    return full(actor, await reports.toggleMark(report, 'helpfulBy', actor.id, body.helpful));
  });

  bind(router, api.bookmark, async ({ actor, params, body }) => {
    const { report } = await authorizeReport(actor, params.id, 'react');
    return full(actor, await reports.toggleMark(report, 'bookmarkedBy', actor.id, body.bookmarked));
  });

  bind(router, api.questions, async ({ actor, params }) => {
    const { report } = await authorizeReport(actor, params.id, 'read');
    const list = await questions.listQuestions(report);
    const people = await resolvePeople(
      list.flatMap((q) => [q.authorId, ...(q.answer ? [q.answer.authorId] : [])]),
    );
    return { items: list.map((question) => presentQuestion(question, people)) };
  });

  bind(router, api.ask, async ({ actor, params, body }) => {
    const { report } = await authorizeReport(actor, params.id, 'ask');
    const question = await questions.askQuestion(actor, report, body.body);
    return presentQuestion(question, await resolvePeople([question.authorId]));
  });

  bind(router, api.answer, async ({ actor, params, body }) => {
    const { report } = await authorizeReport(actor, params.id, 'answer');
    const question = await questions.answerQuestion(actor, report, params.questionId, body.body);
    return presentQuestion(question, await resolvePeople([question.authorId, actor.id]));
  });

  bind(router, api.publicList, async ({ query }) =>
    summaries(await reports.listPublicReports(query.field)),
  );

  bind(router, api.publicGet, async ({ params }) => {
    const { report } = await authorizeReport(null, params.id, 'read');
    // Only public reports reach the page without login, even for a signed-in caller.
    if (report.visibility !== 'public') throw notFound('Report');
    return presentPublicReport(report, await councilRefs([report.workspaceId]));
  });

  return router;
}
