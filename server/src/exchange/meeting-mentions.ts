import type { Participant } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { Actor } from '../auth/actor';
import { UserModel } from '../auth/user.model';
import { validationFailed } from '../errors';
import type { NotificationDraft, Notifier } from '../notifications/notifier';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { ExchangeModel } from './exchange.model';
import { participants } from './exchange.service';
import { MeetingModel, type MeetingRecord } from './meeting.model';

/** The meeting page's address, in the users' language (as the client's `exchangePaths`). */
const meetingLink = (meetingId: string) => `/sitzungen/${encodeURIComponent(meetingId)}`;

/**
 * Who may be mentioned in a meeting's outcome: exactly the people who may read it. An exchange's
 * meeting follows the exchange (its participants); a council's session is read by everyone who
 * belongs to the council, whatever its visibility, so its members (guests included) are offered.
 */
export async function mentionablePeople(meeting: MeetingRecord): Promise<Participant[]> {
  if (meeting.exchangeId) {
    const exchange = await ExchangeModel.findById(meeting.exchangeId).lean();
    return exchange ? participants(exchange) : [];
  }
  if (!meeting.workspaceId) return [];
  const [memberships, council] = await Promise.all([
    MembershipModel.find(
      { workspaceId: meeting.workspaceId },
      { userId: 1, organisation: 1 },
    ).lean(),
    WorkspaceModel.findById(meeting.workspaceId, { name: 1 }).lean(),
  ]);
  const users = await UserModel.find(
    { _id: { $in: memberships.map((m) => m.userId) } },
    { name: 1 },
  ).lean();
  const names = new Map(users.map((user) => [user._id.toHexString(), user.name]));
  return memberships.flatMap((membership) => {
    const id = membership.userId.toHexString();
    const name = names.get(id);
    return name
      ? [{ id, name, organisation: membership.organisation.name, council: council?.name ?? null }]
      : [];
  });
}

/**
 * Records the people named with @ in a meeting's outcome and notifies those named for the first
 * time, as their settings say (in the app, by mail at once or in the digest). A mention of
 * someone who may not read the meeting is refused with a 400 naming it, and nothing is stored.
 */
export async function checkMentions(
  actor: Actor,
  meeting: MeetingRecord,
  mentions: string[],
): Promise<string[]> {
  if (mentions.length === 0) return [];
  const allowed = new Set((await mentionablePeople(meeting)).map((person) => person.id));
  const fields = mentions.flatMap((id, i) =>
    allowed.has(id) ? [] : [{ path: `body.mentions.${i}`, message: 'may not read this meeting' }],
  );
  if (fields.length) throw validationFailed(fields);
  const earlier = new Set(meeting.mentionIds.map((id) => id.toHexString()));
  return [...new Set(mentions)].filter((id) => id !== actor.id && !earlier.has(id));
}

export async function recordMentions(
  actor: Actor,
  meeting: MeetingRecord,
  fresh: string[],
  notifier: Notifier,
): Promise<MeetingRecord> {
  if (fresh.length === 0) return meeting;
  const mentionIds = [...meeting.mentionIds, ...fresh.map((id) => new Types.ObjectId(id))];
  const updated =
    (await MeetingModel.findByIdAndUpdate(
      meeting._id,
      { $set: { mentionIds } },
      { returnDocument: 'after' },
    ).lean()) ?? meeting;
  await notifier.notify(fresh.map((userId) => mentionDraft(actor, updated, userId)));
  return updated;
}

function mentionDraft(actor: Actor, meeting: MeetingRecord, userId: string): NotificationDraft {
  const meetingId = meeting._id.toHexString();
  return {
    userId,
    trigger: 'mention',
    key: `mention:meeting:${meetingId}`,
    groupKey: `mention:meeting:${meetingId}`,
    // A council's session: the notifier skips anyone its visibility does not let read it.
    workspaceId: meeting.workspaceId?.toHexString() ?? null,
    visibility: meeting.workspaceId ? (meeting.visibility ?? 'workspace') : null,
    subject: { type: 'meeting', id: meetingId },
    actorId: actor.id,
    title: meeting.title,
    excerpt: meeting.decisions.join('\n'),
    link: meetingLink(meetingId),
  };
}
