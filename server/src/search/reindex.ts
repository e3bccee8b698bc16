import * as Y from 'yjs';
import { ExchangeModel, PostModel } from '../exchange/exchange.model';
import { indexExchange } from '../exchange/exchange.service';
import { MeetingModel } from '../exchange/meeting.model';
import { TrainingOfferModel } from '../training/offer.model';
import { indexTrainingOffer } from '../training/training.search';
import { indexMeeting } from '../exchange/meetings.service';
import { indexPost } from '../exchange/posts.service';
import { ReportModel } from '../exchange/reports/report.model';
import { indexReport } from '../exchange/reports/reports.service';
import { readMeasures } from '../plans/measures.mirror';
import { PlanModel } from '../plans/plan.model';
import { mongoPersistence } from '../realtime/collab/persistence';
import { CollabSnapshotModel, CollabUpdateModel } from '../realtime/collab/persistence.model';
import { SearchEntryModel } from './search-entry.model';
import { indexPlan } from './sources/plans';
import { reindexProjects } from './sources/projects';
import { documentText } from './sources/ydoc-text';

/** When a document was last stored (its newest update row, else its snapshot, else `fallback`). */
async function lastEdited(name: string, fallback: Date): Promise<Date> {
  const [row, snapshot] = await Promise.all([
    CollabUpdateModel.findOne({ docName: name }, { createdAt: 1 }).sort({ _id: -1 }).lean(),
    CollabSnapshotModel.findOne({ docName: name }, { updatedAt: 1 }).lean(),
  ]);
  return row?.createdAt ?? snapshot?.updatedAt ?? fallback;
}

/** A stored collaborative document, loaded into a fresh Y.Doc (not into the live registry). */
async function storedDocument(name: string): Promise<Y.Doc> {
  const stored = await mongoPersistence.fetch(name);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/**
 * Rebuilds the whole search index from the records and stored documents. Used by the demo seed
 * and by tests, and as a repair tool; the index is empty while it runs.
 */
export async function reindexAll(): Promise<number> {
  await SearchEntryModel.deleteMany({});
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
  for (const offer of await TrainingOfferModel.find().lean()) {
    await indexTrainingOffer(offer);
    count += 1;
  }
  for (const report of await ReportModel.find().lean()) {
    await indexReport(report);
    count += 1;
  }
  for (const plan of await PlanModel.find().lean()) {
    const doc = await storedDocument(plan._id.toHexString());
    const measures = readMeasures(doc);
    await indexPlan(
      plan,
      documentText(doc),
      measures,
      await lastEdited(plan._id.toHexString(), plan.updatedAt),
    );
    doc.destroy();
    count += 1 + measures.length;
  }
  count += await reindexProjects();
  return count;
}
