import type { NotificationTrigger, Visibility } from '@pnetz/shared';
import { Types } from 'mongoose';
import { UserModel } from '../auth/user.model';
import { presentSessionUser } from '../auth/user.presenter';
import type { Logger } from '../logger';
import type { Mailer } from '../mail/mailer';
import { resolvePeople } from '../privacy/attribution';
import { MembershipModel } from '../workspaces/membership.model';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { notificationMail } from './notification-mail';
import { claimMailWindow, NotificationModel, type NotificationRecord } from './notification.model';
import type { NotificationEvents } from './notification-events';
import { mayBeNotified } from './notifications.policy';
import { presentNotifications } from './notifications.presenter';
import { preferencesOf } from './preferences.service';

/** A notification about to be created for one person. */
export interface NotificationDraft {
  userId: string;
  trigger: NotificationTrigger;
  /** Unique per person: the same event never notifies twice (`mention:<commentId>`). */
  key: string;
  /** What the digest groups under (`comment:update:<id>`). */
  groupKey: string;
  workspaceId: string | null;
  /** Effective visibility of the subject; people who may not see it are skipped. Null: nothing to protect. */
  visibility: Visibility | null;
  projectId?: string | null;
  planId?: string | null;
  subject: NotificationRecord['subject'];
  actorId: string | null;
  title: string;
  excerpt: string;
  link: string;
}

/** An e-mail about the same thing within this time goes into the digest instead (no floods). */
const MAIL_QUIET_MS = 15 * 60 * 1000;
const EXCERPT_LENGTH = 280;

const excerptOf = (text: string) =>
  text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : text;
const oid = (id: string | null | undefined) => (id ? new Types.ObjectId(id) : null);
const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;

export async function unreadCount(userId: string): Promise<number> {
  return NotificationModel.countDocuments({ userId: new Types.ObjectId(userId), readAt: null });
}

/**
 * Creates notifications as each person wants them (their preference per trigger), for those who
 * may see the subject only, once per event; announces them live and sends the immediate mails.
 */
export class Notifier {
  constructor(
    private readonly deps: {
      mailer: Mailer;
      events: NotificationEvents;
      logger: Logger;
      baseUrl: string;
    },
  ) {}

  async notify(drafts: NotificationDraft[]): Promise<void> {
    const wanted = drafts.filter((d) => d.userId !== d.actorId);
    if (wanted.length === 0) return;
    const userIds = [...new Set(wanted.map((d) => d.userId))];
    const workspaceIds = [
      ...new Set(wanted.flatMap((d) => (d.workspaceId ? [d.workspaceId] : []))),
    ];
    const [users, memberships, preferences] = await Promise.all([
      UserModel.find({ _id: { $in: userIds.map((id) => new Types.ObjectId(id)) } }).lean(),
      MembershipModel.find({ userId: { $in: userIds }, workspaceId: { $in: workspaceIds } }).lean(),
      preferencesOf(userIds),
    ]);
    const people = new Map(users.map((u) => [u._id.toHexString(), presentSessionUser(u)]));
    const roleOf = (userId: string, workspaceId: string | null) =>
      memberships.find(
        (m) => m.userId.toHexString() === userId && m.workspaceId.toHexString() === workspaceId,
      )?.role ?? null;

    for (const draft of wanted) {
      const person = people.get(draft.userId);
      const channel = preferences.get(draft.userId)?.[draft.trigger] ?? 'off';
      if (!person || channel === 'off') continue;
      if (!mayBeNotified(person, roleOf(draft.userId, draft.workspaceId), draft.visibility))
        continue;
      const record = await this.store(draft, channel);
      if (!record) continue;
      await this.announce(record);
      if (record.channel === 'email') await this.mailNow(record, person.email, person.language);
    }
  }

  private async store(draft: NotificationDraft, channel: NotificationRecord['channel']) {
    const userId = new Types.ObjectId(draft.userId);
    let created;
    try {
      created = await NotificationModel.create({
        userId,
        trigger: draft.trigger,
        key: draft.key,
        groupKey: draft.groupKey,
        channel,
        workspaceId: oid(draft.workspaceId),
        projectId: oid(draft.projectId),
        planId: oid(draft.planId),
        subject: draft.subject,
        actorId: oid(draft.actorId),
        title: draft.title,
        excerpt: excerptOf(draft.excerpt),
        link: draft.link,
      });
    } catch (error) {
      if (isDuplicateKey(error)) return null;
      throw error;
    }
    // A mail about the same thing went out a moment ago: this one waits for the digest.
    if (
      channel === 'email' &&
      !(await claimMailWindow(`${draft.userId}|${draft.groupKey}`, MAIL_QUIET_MS))
    ) {
      created.channel = 'digest';
      await NotificationModel.updateOne({ _id: created._id }, { $set: { channel: 'digest' } });
    }
    return created.toObject();
  }

  private async announce(record: NotificationRecord): Promise<void> {
    const userId = record.userId.toHexString();
    const [notification] = await presentNotifications([record]);
    this.deps.events.created(userId, {
      notification: notification!,
      unread: await unreadCount(userId),
    });
  }

  private async mailNow(
    record: NotificationRecord,
    to: string,
    language: 'de' | 'en',
  ): Promise<void> {
    const [actors, workspace] = await Promise.all([
      resolvePeople([record.actorId]),
      record.workspaceId ? WorkspaceModel.findById(record.workspaceId, { name: 1 }).lean() : null,
    ]);
    const mail = notificationMail(
      to,
      language,
      {
        trigger: record.trigger,
        actorName: record.actorId ? actors.nameOf(record.actorId) : null,
        title: record.title,
        workspaceName: workspace?.name ?? null,
        excerpt: record.excerpt,
        link: record.link,
      },
      this.deps.baseUrl,
      record.workspaceId?.toHexString() ?? null,
    );
    try {
      await this.deps.mailer.send(mail);
      await NotificationModel.updateOne({ _id: record._id }, { $set: { emailedAt: new Date() } });
    } catch (error) {
      // The notification is in the app either way; the mail is retried with the digest.
      this.deps.logger.warn(
        { err: error, notification: record._id.toHexString() },
        'notification mail failed',
      );
      await NotificationModel.updateOne({ _id: record._id }, { $set: { channel: 'digest' } });
    }
  }
}
