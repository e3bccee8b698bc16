import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { Actor } from '../auth/actor';
import type { Env } from '../env';
import { notFound } from '../errors';
import { appUrl } from '../http/app-url';
import type { RouteBinder } from '../http/route';
import { resolveSessionSecret } from '../auth/session';
import { PlanModel } from '../plans/plan.model';
import type { Notifier } from '../notifications/notifier';
import { resolvePeople } from '../privacy/attribution';
import type { AccessChanges } from '../realtime/access-changes';
import type { CollabDocuments } from '../realtime/collab/documents';
import * as calendar from './calendar.service';
import type { ExchangeEvents } from './exchange-events';
import { authorizeExchange, exchangeAllows } from './exchange.policy';
import type { MeetingRecord } from './meeting.model';
import { checkMentions, mentionablePeople, recordMentions } from './meeting-mentions';
import { taskToMeasure } from './meeting-tasks.service';
import { meetingAccess } from './exchange.policy';
import { presentCalendarEntry, presentMeeting } from './meetings.presenter';
import * as meetings from './meetings.service';
import { trainingCalendar } from '../training/training.calendar';

type Rights = { access: 'read' | 'write'; deletable: boolean };

async function presentMany(list: Array<{ meeting: MeetingRecord; rights: Rights }>) {
  const records = list.map(({ meeting }) => meeting);
  const planIds = records.flatMap((m) =>
    m.tasks.flatMap((t) => (t.measure ? [t.measure.planId] : [])),
  );
  const [titles, people, plans] = await Promise.all([
    meetings.ownerTitles(records),
    resolvePeople(records.map((m) => m.createdBy)),
    planIds.length ? PlanModel.find({ _id: { $in: planIds } }, { title: 1 }).lean() : [],
  ]);
  const planTitles = new Map(plans.map((plan) => [plan._id.toHexString(), plan.title]));
  return list.map(({ meeting, rights }) =>
    presentMeeting(meeting, rights, { titles, people, planTitles }),
  );
}

const presentOne = async (meeting: MeetingRecord, rights: Rights) =>
  (await presentMany([{ meeting, rights }]))[0]!;

/** Meetings of exchanges and councils, follow-up tasks into plans, and the personal calendar. */
export function meetingRoutes(
  bind: RouteBinder,
  deps: {
    events: ExchangeEvents;
    documents: CollabDocuments;
    env: Env;
    access: AccessChanges;
    notifier: Notifier;
  },
): Router {
  const router = Router();
  const api = endpoints.meetings;
  const secret = resolveSessionSecret(deps.env);
  const announce = (meeting: MeetingRecord) => {
    if (meeting.exchangeId)
      deps.events.changed({ exchangeId: meeting.exchangeId.toHexString(), what: 'meetings' });
  };

  bind(router, api.exchangeMeetings, async ({ actor, params }) => {
    const { exchange, access } = await authorizeExchange(actor, params.id, 'read');
    const list = await meetings.listExchangeMeetings(exchange._id);
    const write = exchangeAllows(access, 'meeting.edit');
    return {
      items: await presentMany(
        list.map((meeting) => ({
          meeting,
          rights: {
            access: write ? 'write' : 'read',
            deletable:
              exchangeAllows(access, 'meeting.delete') ||
              (write && meeting.createdBy.toHexString() === actor.id),
          },
        })),
      ),
    };
  });

  bind(router, api.createExchangeMeeting, async ({ actor, params, body }) => {
    const { exchange } = await authorizeExchange(actor, params.id, 'meeting.create');
    const meeting = await meetings.createExchangeMeeting(actor, exchange, body);
    announce(meeting);
    return presentOne(meeting, await rightsOf(actor, meeting));
  });

  bind(router, api.councilMeetings, async ({ actor, params }) => {
    const list = await meetings.listCouncilMeetings(actor, params.workspaceId);
    const withRights = await Promise.all(
      list.map(async (meeting) => ({ meeting, rights: await rightsOf(actor, meeting) })),
    );
    return { items: await presentMany(withRights) };
  });

  bind(router, api.createCouncilMeeting, async ({ actor, params, body }) => {
    const meeting = await meetings.createCouncilMeeting(actor, params.workspaceId, body);
    return presentOne(meeting, await rightsOf(actor, meeting));
  });

  bind(router, api.get, async ({ actor, params }) => {
    const { meeting, access, deletable } = await meetings.loadMeetingFor(actor, params.id, 'read');
    return presentOne(meeting, { access, deletable });
  });

  bind(router, api.mentionable, async ({ actor, params }) => {
    const { meeting } = await meetings.loadMeetingFor(actor, params.id, 'read');
    return { items: await mentionablePeople(meeting) };
  });

  bind(router, api.update, async ({ actor, params, body }) => {
    const { meeting } = await meetings.loadMeetingFor(actor, params.id, 'write');
    const { mentions = [], ...changes } = body;
    // Checked before anything is stored: a refused mention leaves the meeting as it was.
    const fresh = await checkMentions(actor, meeting, mentions);
    const changed = Object.keys(changes).length
      ? await meetings.updateMeeting(actor, meeting, changes)
      : meeting;
    const updated = await recordMentions(actor, changed, fresh, deps.notifier);
    if (body.visibility !== undefined)
      await deps.access.publish({
        kind: 'visibility',
        resource: { type: 'document', id: params.id },
      });
    announce(updated);
    return presentOne(updated, await rightsOf(actor, updated));
  });

  bind(router, api.remove, async ({ actor, params }) => {
    const { meeting } = await meetings.loadMeetingFor(actor, params.id, 'delete');
    await meetings.deleteMeeting(meeting);
    announce(meeting);
  });

  bind(router, api.taskToMeasure, async ({ actor, params, body }) => {
    const { meeting } = await meetings.loadMeetingFor(actor, params.id, 'write');
    const updated = await taskToMeasure(actor, meeting, params.taskId, body, deps.documents);
    announce(updated);
    return presentOne(updated, await rightsOf(actor, updated));
  });

  bind(router, api.calendar, async ({ actor, query }) => {
    const from = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date();
    const list = await calendar.upcomingMeetings(actor, from, query.days);
    const titles = await meetings.ownerTitles(list);
    // Training sessions the person holds a place in belong to the same calendar.
    const training = await trainingCalendar(
      actor.id,
      from,
      new Date(from.getTime() + query.days * 86_400_000),
    );
    const items = [
      ...list.map((meeting) => presentCalendarEntry(meeting, titles)),
      ...training.map((event) => event.entry),
    ].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
    return { items };
  });

  const feedOf = async (actor: Actor, req: Parameters<typeof appUrl>[1]) => {
    const feed = await calendar.findFeed(actor.id);
    return feed
      ? {
          url: `${appUrl(deps.env, req)}/api/calendar/feed/${calendar.feedToken(secret, feed)}.ics`,
          createdAt: feed.createdAt.toISOString(),
        }
      : { url: null, createdAt: null };
  };

  bind(router, api.feed, ({ actor, req }) => feedOf(actor, req));

  bind(router, api.createFeed, async ({ actor, req }) => {
    await calendar.renewFeed(actor.id);
    return feedOf(actor, req);
  });

  bind(router, api.revokeFeed, async ({ actor }) => {
    await calendar.revokeFeed(actor.id);
  });

  bind(router, api.ics, async ({ params, req, res }) => {
    const owner = await calendar.feedOwner(secret, params.token);
    if (!owner) throw notFound('Calendar feed');
    const from = new Date(Date.now() - 30 * 86_400_000);
    const list = await calendar.upcomingMeetings(owner, from, 400);
    const training = await trainingCalendar(
      owner.id,
      from,
      new Date(Date.now() + 370 * 86_400_000),
    );
    const body = await calendar.renderIcs(list, appUrl(deps.env, req), training);
    res.status(200).type('text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.setHeader('Content-Disposition', 'inline; filename="praeventionsnetz.ics"');
    res.send(body);
  });

  return router;
}

async function rightsOf(actor: Actor, meeting: MeetingRecord): Promise<Rights> {
  const { access, deletable } = await meetingAccess(actor, meeting);
  return { access: access ?? 'read', deletable };
}
