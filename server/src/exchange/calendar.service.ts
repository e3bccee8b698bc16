import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { MEETING_LIMITS, type SessionUser } from '@pnetz/shared';
import ical from 'ical-generator';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { UserModel } from '../auth/user.model';
import { rolesOf } from '../workspaces/access';
import { memberExchangeIds } from './exchange.policy';
import { CalendarFeedModel, type CalendarFeedRecord } from './calendar-feed.model';
import { MeetingModel, type MeetingRecord } from './meeting.model';
import { ownerTitles } from './meetings.service';
import type { TrainingCalendarEvent } from '../training/training.calendar';

/**
 * Meetings of the exchanges a person takes part in and of the councils they belong to, from a
 * day on. Council meetings of every visibility count: members see their council's sessions.
 */
export async function upcomingMeetings(
  actor: Actor,
  from: Date,
  days: number,
): Promise<MeetingRecord[]> {
  const roles = await rolesOf(actor);
  const exchanges = await memberExchangeIds(actor, roles);
  const until = new Date(from.getTime() + days * 86_400_000);
  return MeetingModel.find({
    $or: [
      { exchangeId: { $in: exchanges.map((id) => new Types.ObjectId(id)) } },
      { workspaceId: { $in: [...roles.keys()].map((id) => new Types.ObjectId(id)) } },
    ],
    startsAt: { $gte: from, $lt: until },
  })
    .sort({ startsAt: 1 })
    .limit(MEETING_LIMITS.calendarMax)
    .lean();
}

const sign = (secret: string, nonce: string) =>
  createHmac('sha256', secret).update(`calendar-feed:${nonce}`).digest('base64url');

export const feedToken = (secret: string, feed: CalendarFeedRecord) =>
  `${feed.nonce}.${sign(secret, feed.nonce)}`;

export function findFeed(userId: string): Promise<CalendarFeedRecord | null> {
  return CalendarFeedModel.findOne({ userId }).lean();
}

/** Issues a new feed address; an earlier one stops working. */
export async function renewFeed(userId: string): Promise<CalendarFeedRecord> {
  const nonce = randomBytes(24).toString('base64url');
  const feed = await CalendarFeedModel.findOneAndUpdate(
    { userId: new Types.ObjectId(userId) },
    { $set: { nonce, createdAt: new Date() } },
    { upsert: true, returnDocument: 'after' },
  ).lean();
  return feed!;
}

export async function revokeFeed(userId: string): Promise<void> {
  await CalendarFeedModel.deleteOne({ userId: new Types.ObjectId(userId) });
}

/** The person a feed token belongs to, or null for forged, revoked or replaced tokens. */
export async function feedOwner(secret: string, token: string): Promise<Actor | null> {
  const [nonce, signature] = token.replace(/\.ics$/, '').split('.');
  if (!nonce || !signature) return null;
  const expected = Buffer.from(sign(secret, nonce));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const feed = await CalendarFeedModel.findOne({ nonce }).lean();
  if (!feed) return null;
  const user = await UserModel.findById(feed.userId).lean();
  if (!user) return null;
  const actor: SessionUser = {
    id: user._id.toHexString(),
    email: user.email,
    name: user.name,
    platformRoles: user.platformRoles,
    language: user.language,
  };
  return actor;
}

/** The meetings as an iCalendar document; each event links to its page in the app. */
export async function renderIcs(
  meetings: MeetingRecord[],
  appUrl: string,
  training: TrainingCalendarEvent[] = [],
): Promise<string> {
  const titles = await ownerTitles(meetings);
  const calendar = ical({
    name: 'Präventionsnetz',
    prodId: { company: 'praeventionsnetz', product: 'sitzungen', language: 'DE' },
    ttl: 3600,
  });
  for (const meeting of meetings) {
    const owner = titles.get((meeting.exchangeId ?? meeting.workspaceId)!.toHexString()) ?? '';
    const url = `${appUrl}/sitzungen/${meeting._id.toHexString()}`;
    calendar.createEvent({
      id: `${meeting._id.toHexString()}@praeventionsnetz`,
      start: meeting.startsAt,
      // Without an end, calendars show a point in time; two hours is a usual session.
      end: meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 2 * 3_600_000),
      summary: meeting.title,
      location: meeting.location || meeting.videoUrl || null,
      url,
      description: [
        owner,
        ...meeting.agenda.map((item, index) => `${index + 1}. ${item}`),
        meeting.videoUrl ?? '',
        url,
      ]
        .filter(Boolean)
        .join('\n'),
    });
  }
  for (const { entry, startsAt, endsAt } of training) {
    const url = `${appUrl}/fortbildung/${entry.owner.id}`;
    calendar.createEvent({
      id: `training-${entry.id}@praeventionsnetz`,
      start: startsAt,
      end: endsAt,
      summary: entry.title,
      location: entry.location || entry.videoUrl || null,
      url,
      description: [entry.videoUrl ?? '', url].filter(Boolean).join('\n'),
    });
  }
  return calendar.toString();
}
