import { isId } from '@pnetz/shared';
import { storedDocument } from '../search/reindex';
import type { SearchSource } from '../search/search-source';
import { documentText } from '../search/sources/ydoc-text';
import { ExchangeModel, PostModel } from './exchange.model';
import { indexExchange } from './exchange.service';
import { MeetingModel } from './meeting.model';
import { indexMeeting } from './meetings.service';
import { indexPost } from './posts.service';
import { ReportModel } from './reports/report.model';
import { indexReport } from './reports/reports.service';

/** Exchanges and their posts (a post is found with its exchange's audience). */
export const exchangeSearch: SearchSource = {
  name: 'exchanges',
  async reindex() {
    let count = 0;
    const exchanges = new Map(
      (await ExchangeModel.find().lean()).map((e) => [e._id.toHexString(), e]),
    );
    for (const exchange of exchanges.values()) {
      await indexExchange(exchange);
      count += 1;
    }
    for (const post of await PostModel.find().lean()) {
      const exchange = exchanges.get(post.exchangeId.toHexString());
      if (!exchange) continue;
      await indexPost(post, exchange);
      count += 1;
    }
    return count;
  },
};

/** Meetings with their minutes, read from the stored collaborative document. */
export const meetingSearch: SearchSource = {
  name: 'meetings',
  async reindex() {
    let count = 0;
    for (const meeting of await MeetingModel.find().lean()) {
      const doc = await storedDocument(meeting._id.toHexString());
      const minutesText = documentText(doc);
      doc.destroy();
      if (minutesText !== meeting.minutesText)
        await MeetingModel.updateOne(
          { _id: meeting._id },
          { $set: { minutesText } },
          { timestamps: false },
        );
      await indexMeeting({ ...meeting, minutesText });
      count += 1;
    }
    return count;
  },
  async indexDocument(name, content) {
    if (!isId(name)) return false;
    const meeting = await MeetingModel.findByIdAndUpdate(
      name,
      { $set: { minutesText: content.text } },
      { returnDocument: 'after' },
    ).lean();
    if (!meeting) return false;
    await indexMeeting(meeting);
    return true;
  },
};

export const reportSearch: SearchSource = {
  name: 'experience reports',
  async reindex() {
    let count = 0;
    for (const report of await ReportModel.find().lean()) {
      await indexReport(report);
      count += 1;
    }
    return count;
  },
};
