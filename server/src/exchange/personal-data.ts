import { Types } from 'mongoose';
import { registerPersonalDataSource } from '../privacy/personal-data';
import { CalendarFeedModel } from './calendar-feed.model';
import { ExchangeFileModel, ExchangeModel, PostModel } from './exchange.model';
import { ReportModel, ReportQuestionModel } from './reports/report.model';

/**
 * The exchange's part of the DSGVO export and deletion. Posts, questions, reports and files stay
 * when an account goes (the discussion would not make sense otherwise); they keep only the user
 * id, which then reads "ehemaliges Mitglied". What goes: the calendar feed, marks and bookmarks,
 * the invitation to exchanges, and mentions of the person.
 */
registerPersonalDataSource({
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
  async forget(userId) {
    const id = new Types.ObjectId(userId);
    await PostModel.updateMany({ mentionIds: id }, { $pull: { mentionIds: id } });
    await ExchangeModel.updateMany({ userIds: id }, { $pull: { userIds: id } });
    await CalendarFeedModel.deleteMany({ userId: id });
  },
});

registerPersonalDataSource({
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
  async forget(userId) {
    const id = new Types.ObjectId(userId);
    await ReportModel.updateMany(
      { $or: [{ helpfulBy: id }, { bookmarkedBy: id }] },
      { $pull: { helpfulBy: id, bookmarkedBy: id } },
      { timestamps: false },
    );
  },
});
