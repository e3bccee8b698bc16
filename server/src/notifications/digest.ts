import { Types } from 'mongoose';
import { UserModel } from '../auth/user.model';
import { presentSessionUser } from '../auth/user.presenter';
import type { Mailer } from '../mail/mailer';
import { resolvePeople } from '../privacy/attribution';
import { digestMail, type DigestLine } from './notification-mail';
import { claimOnce, NotificationModel, type NotificationRecord } from './notification.model';
import { stillVisible } from './notifications.policy';

const TIME_ZONE = 'Europe/Berlin';

/** The calendar day and hour in Saxony (digests go out at a local hour). */
export function localTime(now: Date): { day: string; hour: number; display: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    display: `${parts.day}.${parts.month}.${parts.year}`,
  };
}

/**
 * Groups a person's pending notifications: one line per trigger and item however many times it
 * came up (five comments on one update are one line "(5×) – von A, B"), those already read in
 * the app left out.
 */
export async function digestLines(records: NotificationRecord[]): Promise<DigestLine[]> {
  const unread = records.filter((r) => r.readAt === null);
  const people = await resolvePeople(unread.map((r) => r.actorId));
  const groups = new Map<string, NotificationRecord[]>();
  for (const record of unread) {
    const key = `${record.trigger}|${record.groupKey}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    const names = group.flatMap((r) => (r.actorId ? [people.ref(r.actorId).name] : []));
    return {
      trigger: first.trigger,
      title: group[group.length - 1]!.title,
      count: group.length,
      actorNames: [...new Set(names)],
      link: first.link,
    };
  });
}

/**
 * Sends the daily digests due at `now`: one mail per person and day with everything collected
 * for the digest since the last one. Each person's digest of the day is claimed first, so
 * several instances running this at once never send anything twice. Returns how many mails
 * went out.
 */
export async function sendDigests(
  now: Date,
  deps: { mailer: Mailer; baseUrl: string },
): Promise<number> {
  const pending = { channel: 'digest' as const, digestedAt: null, createdAt: { $lte: now } };
  const recipients = await NotificationModel.aggregate<{ _id: Types.ObjectId }>([
    { $match: pending },
    { $group: { _id: '$userId' } },
  ]);
  const { day, display } = localTime(now);
  let sent = 0;
  for (const { _id: userId } of recipients) {
    if (!(await claimOnce(`digest:${userId.toHexString()}:${day}`, day))) continue;
    const run = new Types.ObjectId();
    await NotificationModel.updateMany(
      { ...pending, userId },
      { $set: { digestedAt: now, digestRun: run } },
    );
    const [claimed, user] = await Promise.all([
      NotificationModel.find({ userId, digestRun: run }).sort({ _id: 1 }).lean(),
      UserModel.findById(userId).lean(),
    ]);
    if (!user || claimed.length === 0) continue;
    const person = presentSessionUser(user);
    const { visible } = await stillVisible(person, claimed);
    const lines = await digestLines(visible);
    if (lines.length === 0) continue;
    await deps.mailer.send(digestMail(person.email, person.language, lines, deps.baseUrl, display));
    sent += 1;
  }
  return sent;
}
