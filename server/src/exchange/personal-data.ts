import { Types } from 'mongoose';
import type { PersonalData } from '../privacy/personal-data';
import { CalendarFeedModel } from './calendar-feed.model';
import { ExchangeFileModel, ExchangeModel, PostModel } from './exchange.model';
import { MeetingModel } from './meeting.model';
import { ReportModel, ReportQuestionModel } from './reports/report.model';

const KEPT =
  'kept as long as the exchange or council keeps it; after account deletion attributed to "ehemaliges Mitglied"';

/**
 * The exchange's part of the DSGVO export and deletion. Exchanges, posts, meetings, questions,
 * reports and files stay when an account goes (the discussion would not make sense otherwise);
 * they keep only the user id, which then reads "ehemaliges Mitglied". What goes: the calendar
 * feed, marks and bookmarks, the invitation to exchanges, and mentions of the person.
 */
export const exchangePersonalData: PersonalData[] = [
  {
    model: 'Exchange',
    userPaths: ['userIds', 'managerIds', 'createdBy'],
    retention: `${KEPT}; an invitation of the person ends with the account`,
    export: {
      key: 'exchanges',
      async collect(userId) {
        const id = new Types.ObjectId(userId);
        const exchanges = await ExchangeModel.find({
          $or: [{ createdBy: id }, { managerIds: id }, { userIds: id }],
        }).lean();
        return exchanges.map((e) => ({
          id: e._id.toHexString(),
          title: e.title,
          created: e.createdBy.equals(id),
          manager: e.managerIds.some((m) => m.equals(id)),
          invited: e.userIds.some((u) => u.equals(id)),
          createdAt: e.createdAt.toISOString(),
        }));
      },
    },
    async erase(userId) {
      const id = new Types.ObjectId(userId);
      await ExchangeModel.updateMany({ userIds: id }, { $pull: { userIds: id } });
    },
  },
  {
    model: 'ExchangePost',
    userPaths: ['authorId', 'mentionIds'],
    retention: KEPT,
    export: {
      key: 'exchangePosts',
      async collect(userId) {
        const posts = await PostModel.find({ authorId: new Types.ObjectId(userId) }).lean();
        return posts.map((post) => ({
          id: post._id.toHexString(),
          exchangeId: post.exchangeId.toHexString(),
          body: post.body,
          createdAt: post.createdAt.toISOString(),
        }));
      },
    },
    async erase(userId) {
      const id = new Types.ObjectId(userId);
      await PostModel.updateMany({ mentionIds: id }, { $pull: { mentionIds: id } });
    },
  },
];

/** Meetings (of exchanges and councils) and the person's calendar feed. */
export const meetingPersonalData: PersonalData[] = [
  {
    model: 'CalendarFeed',
    userPaths: ['userId'],
    retention: 'until the person revokes the feed or the account is deleted',
    export: {
      key: 'calendarFeeds',
      async collect(userId) {
        const feeds = await CalendarFeedModel.find({ userId: new Types.ObjectId(userId) }).lean();
        return feeds.map((f) => ({ id: f._id.toHexString() }));
      },
    },
    async erase(userId) {
      await CalendarFeedModel.deleteMany({ userId: new Types.ObjectId(userId) });
    },
  },
  {
    model: 'Meeting',
    userPaths: ['createdBy', 'mentionIds'],
    retention: `${KEPT}; mentions of the person end with the account`,
    export: {
      key: 'meetings',
      async collect(userId) {
        const meetings = await MeetingModel.find({ createdBy: new Types.ObjectId(userId) }).lean();
        return meetings.map((m) => ({
          id: m._id.toHexString(),
          exchangeId: m.exchangeId?.toHexString() ?? null,
          workspaceId: m.workspaceId?.toHexString() ?? null,
          title: m.title,
          startsAt: m.startsAt.toISOString(),
          location: m.location,
          agenda: m.agenda,
          decisions: m.decisions,
          minutesText: m.minutesText,
          createdAt: m.createdAt.toISOString(),
        }));
      },
    },
    async erase(userId) {
      const id = new Types.ObjectId(userId);
      await MeetingModel.updateMany({ mentionIds: id }, { $pull: { mentionIds: id } });
    },
  },
];

/** Experience reports, their questions and answers, and files shared in exchanges. */
export const reportPersonalData: PersonalData[] = [
  {
    model: 'ExperienceReport',
    userPaths: ['helpfulBy', 'bookmarkedBy', 'createdBy'],
    retention: `${KEPT}; marks and bookmarks end with the account`,
    export: {
      key: 'experienceReports',
      async collect(userId) {
        const id = new Types.ObjectId(userId);
        const [reports, questions, files] = await Promise.all([
          ReportModel.find(
            { createdBy: id },
            { title: 1, workspaceId: 1, visibility: 1, createdAt: 1 },
          ).lean(),
          ReportQuestionModel.find({ $or: [{ authorId: id }, { 'answer.authorId': id }] }).lean(),
          ExchangeFileModel.find({ uploadedBy: id }).lean(),
        ]);
        return [
          ...reports.map((r) => ({
            kind: 'report',
            id: r._id.toHexString(),
            title: r.title,
            visibility: r.visibility,
            createdAt: r.createdAt.toISOString(),
          })),
          ...questions.map((q) => ({
            kind: 'question',
            id: q._id.toHexString(),
            reportId: q.reportId.toHexString(),
            question: q.authorId.equals(id) ? q.body : null,
            answer: q.answer?.authorId.equals(id) ? q.answer.body : null,
          })),
          ...files.map((f) => ({
            kind: 'file',
            id: f._id.toHexString(),
            exchangeId: f.exchangeId.toHexString(),
            filename: f.filename,
          })),
        ];
      },
    },
    async erase(userId) {
      const id = new Types.ObjectId(userId);
      await ReportModel.updateMany(
        { $or: [{ helpfulBy: id }, { bookmarkedBy: id }] },
        { $pull: { helpfulBy: id, bookmarkedBy: id } },
        { timestamps: false },
      );
    },
  },
  {
    model: 'ExperienceReportQuestion',
    userPaths: ['authorId', 'answer.authorId'],
    retention: KEPT,
    export: { in: 'experienceReports' },
  },
  {
    model: 'ExchangeFile',
    userPaths: ['uploadedBy'],
    retention: KEPT,
    export: { in: 'experienceReports' },
  },
];
