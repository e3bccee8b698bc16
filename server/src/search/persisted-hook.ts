import type * as Y from 'yjs';
import { MeetingModel } from '../exchange/meeting.model';
import { indexMeeting } from '../exchange/meetings.service';
import type { Logger } from '../logger';
import { readMeasures } from '../plans/measures.mirror';
import { findPlan, indexPlan, type PlanMeasures } from './sources/plans';
import { documentText } from './sources/ydoc-text';

interface Pending {
  text: string;
  measures: PlanMeasures;
}

/**
 * Keeps plans (text, measures) and meeting minutes current in the search index after their
 * documents were stored. The content is read at once (the document may be unloaded later); the
 * index is written at most once per `intervalMs` per document, with the latest content.
 */
export function searchPersistedHook(deps: { logger: Logger; intervalMs?: number }) {
  const interval = deps.intervalMs ?? 1000;
  const pending = new Map<string, Pending>();
  const timers = new Map<string, NodeJS.Timeout>();
  const written = new Map<string, string>();

  const write = async (name: string): Promise<void> => {
    timers.delete(name);
    const content = pending.get(name);
    pending.delete(name);
    if (!content) return;
    const fingerprint = JSON.stringify(content);
    if (written.get(name) === fingerprint) return;
    const plan = await findPlan(name);
    if (plan) {
      await indexPlan(plan, content.text, content.measures);
    } else {
      const meeting = await MeetingModel.findByIdAndUpdate(
        name,
        { $set: { minutesText: content.text } },
        { returnDocument: 'after' },
      ).lean();
      if (!meeting) return;
      await indexMeeting(meeting);
    }
    written.set(name, fingerprint);
  };

  return (name: string, doc: Y.Doc): void => {
    if (!/^[0-9a-f]{24}$/i.test(name)) return;
    pending.set(name, { text: documentText(doc), measures: readMeasures(doc) });
    if (timers.has(name)) return;
    const timer = setTimeout(() => {
      write(name).catch((error: unknown) =>
        deps.logger.warn({ err: error, doc: name }, 'indexing a document failed'),
      );
    }, interval);
    timer.unref();
    timers.set(name, timer);
  };
}
