import { randomUUID } from 'node:crypto';
import { PLAN_DOCUMENT, type FieldOfAction } from '@pnetz/shared';
import { Schema, Types, model } from 'mongoose';
import * as Y from 'yjs';
import type { Actor } from '../auth/actor';
import { conflict, notFound, validationFailed } from '../errors';
import { findPlanFor } from '../plans/plans.service';
import type { CollabDocuments } from '../realtime/collab/documents';
import { MeetingModel, type MeetingRecord } from './meeting.model';

/** Origin of changes the server makes to a document itself; stored and sent like anyone's. */
export const EXCHANGE_ORIGIN = 'exchange:task-to-measure';

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * One row per task that is being or has been turned into a measure. Inserting its unique id is
 * the atomic claim (MongoDB and FerretDB alike): of any number of concurrent requests for one
 * task exactly one creates a measure.
 */
const TaskClaimModel = model<{ _id: string; at: Date }>(
  'MeetingTaskClaim',
  new Schema<{ _id: string; at: Date }>(
    { _id: String, at: Date },
    { versionKey: false, collection: 'meeting_task_claims' },
  ),
);

const alreadyMeasure = () => conflict('The task is a measure already');

async function claimTask(meetingId: string, taskId: string): Promise<string> {
  const _id = `${meetingId}:${taskId}`;
  try {
    await TaskClaimModel.create({ _id, at: new Date() });
    return _id;
  } catch (error) {
    if ((error as { code?: number }).code === 11000) throw alreadyMeasure();
    throw error;
  }
}

/**
 * Turns a follow-up task into a measure of a plan the caller may edit. The measure is appended
 * through the plan's live document, so everyone who has the plan open sees it at once, and the
 * measures mirror picks it up like any edit. The task keeps a link to the measure.
 */
export async function taskToMeasure(
  actor: Actor,
  meeting: MeetingRecord,
  taskId: string,
  input: { planId: string; fieldOfAction: FieldOfAction | null },
  documents: CollabDocuments,
): Promise<MeetingRecord> {
  const task = meeting.tasks.find((item) => item.taskId === taskId);
  if (!task) throw notFound('Task');
  if (task.measure) throw alreadyMeasure();
  const { plan } = await findPlanFor(actor, input.planId, 'edit');
  if (plan.kind !== 'action_plan')
    throw validationFailed([{ path: 'body.planId', message: 'must be an action plan' }]);
  const claim = await claimTask(meeting._id.toHexString(), taskId);
  try {
    return await appendMeasure(meeting, task, taskId, input, documents);
  } catch (error) {
    // Nothing was created: the task may be converted again.
    await TaskClaimModel.deleteOne({ _id: claim });
    throw error;
  }
}

async function appendMeasure(
  meeting: MeetingRecord,
  task: MeetingRecord['tasks'][number],
  taskId: string,
  input: { planId: string; fieldOfAction: FieldOfAction | null },
  documents: CollabDocuments,
): Promise<MeetingRecord> {
  const measureId = randomUUID();
  const fields: Record<string, unknown> = {
    id: measureId,
    title: task.title,
    goal: '',
    fieldOfAction: input.fieldOfAction,
    responsibleOrganisation: '',
    responsiblePerson: task.responsible,
    start: null,
    deadline: task.due,
    status: 'planned',
    progress: 0,
    indicator: '',
    linkedProjectId: null,
    budget: null,
    notes: `Aus der Sitzung „${meeting.title}“ vom ${day(meeting.startsAt)}`,
  };
  const document = await documents.open(input.planId);
  try {
    Y.transact(
      document.doc,
      () => {
        const measure = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(fields)) measure.set(key, value);
        document.doc.getArray(PLAN_DOCUMENT.measures).push([measure]);
      },
      EXCHANGE_ORIGIN,
    );
    await document.flush();
  } finally {
    documents.release(document);
  }

  // The whole list is written (FerretDB has no positional `$` updates); tasks change rarely.
  const measure = { planId: new Types.ObjectId(input.planId), measureId };
  const tasks = meeting.tasks.map((item) => (item.taskId === taskId ? { ...item, measure } : item));
  const updated = await MeetingModel.findByIdAndUpdate(
    meeting._id,
    { $set: { tasks } },
    { returnDocument: 'after' },
  ).lean();
  return updated ?? meeting;
}
