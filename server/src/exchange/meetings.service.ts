import { randomUUID } from 'node:crypto';
import {
  isId,
  type CreateMeetingBodySchema,
  type UpdateMeetingBodySchema,
  type Visibility,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { forbidden, notFound, validationFailed } from '../errors';
import { CollabSnapshotModel, CollabUpdateModel } from '../realtime/collab/persistence.model';
import { audienceOf, exchangeAudience, indexEntry, removeEntry } from '../search/indexer';
import { roleIn } from '../workspaces/access';
import { WorkspaceModel } from '../workspaces/workspace.model';
import { ExchangeModel, type ExchangeRecord } from './exchange.model';
import { mayCreateCouncilMeeting, meetingAccess, type MeetingAccess } from './exchange.policy';
import { MeetingModel, type MeetingRecord, type MeetingTaskRecord } from './meeting.model';

type CreateInput = z.output<typeof CreateMeetingBodySchema>;
type UpdateInput = z.output<typeof UpdateMeetingBodySchema>;
type TaskInput = NonNullable<UpdateInput['tasks']>[number];

export interface MeetingWithAccess {
  meeting: MeetingRecord;
  access: MeetingAccess;
  deletable: boolean;
}

/** Loads a meeting for reading, writing or deleting: 404 when invisible, 403 when not allowed. */
export async function loadMeetingFor(
  actor: Actor,
  meetingId: string,
  need: 'read' | 'write' | 'delete',
): Promise<MeetingWithAccess> {
  const meeting = isId(meetingId) ? await MeetingModel.findById(meetingId).lean() : null;
  if (!meeting) throw notFound('Meeting');
  const { access, deletable } = await meetingAccess(actor, meeting);
  if (!access) throw notFound('Meeting');
  if (need === 'write' && access !== 'write') throw forbidden('The meeting is read-only for you');
  if (need === 'delete' && !deletable) throw forbidden('Only its managers delete a meeting');
  return { meeting, access, deletable };
}

/** Tasks as sent replace the stored ones; tasks that keep their id keep their link to a measure. */
function mergeTasks(existing: MeetingTaskRecord[], input: TaskInput[]): MeetingTaskRecord[] {
  const byId = new Map(existing.map((task) => [task.taskId, task]));
  return input.map((task) => ({
    taskId: task.id && byId.has(task.id) ? task.id : randomUUID(),
    title: task.title,
    responsible: task.responsible,
    due: task.due,
    measure: (task.id && byId.get(task.id)?.measure) || null,
  }));
}

function checkTimes(startsAt: Date, endsAt: Date | null): void {
  if (endsAt && endsAt < startsAt)
    throw validationFailed([{ path: 'body.endsAt', message: 'must not be before the start' }]);
}

/** Keeps a meeting findable: title, agenda, decisions, tasks and the minutes' text. */
export async function indexMeeting(meeting: MeetingRecord): Promise<void> {
  let audience: string[];
  let visibility: Visibility | 'invited';
  let fields: ExchangeRecord['fieldsOfAction'] = [];
  if (meeting.exchangeId) {
    const exchange = await ExchangeModel.findById(meeting.exchangeId, {
      visibility: 1,
      fieldsOfAction: 1,
    }).lean();
    if (!exchange) return;
    audience = exchangeAudience(exchange);
    visibility = exchange.visibility === 'network' ? 'network' : 'invited';
    fields = exchange.fieldsOfAction;
  } else {
    visibility = meeting.visibility ?? 'workspace';
    audience = audienceOf(meeting.workspaceId!, visibility);
  }
  await indexEntry({
    type: 'meeting',
    itemId: meeting._id.toHexString(),
    parentId: meeting.exchangeId ?? meeting.workspaceId,
    workspaceId: meeting.workspaceId,
    exchangeId: meeting.exchangeId,
    visibility,
    audience,
    fieldsOfAction: fields,
    title: meeting.title,
    text: [
      meeting.location,
      ...meeting.agenda,
      ...meeting.decisions,
      ...meeting.tasks.map((t) => t.title),
      meeting.minutesText,
    ].join('\n'),
    updatedAt: meeting.updatedAt,
  });
}

async function create(
  actor: Actor,
  owner: { exchangeId?: Types.ObjectId; workspaceId?: Types.ObjectId; visibility?: Visibility },
  input: CreateInput,
  attachment: MeetingRecord['attachment'] = null,
) {
  const startsAt = new Date(input.startsAt);
  const endsAt = input.endsAt ? new Date(input.endsAt) : null;
  checkTimes(startsAt, endsAt);
  const created = await MeetingModel.create({
    exchangeId: owner.exchangeId ?? null,
    workspaceId: owner.workspaceId ?? null,
    visibility: owner.visibility ?? null,
    title: input.title,
    startsAt,
    endsAt,
    location: input.location,
    videoUrl: input.videoUrl,
    agenda: input.agenda,
    attendees: input.attendees,
    decisions: input.decisions,
    tasks: mergeTasks([], input.tasks),
    attachment,
    createdBy: actor.id,
  });
  const meeting = created.toObject();
  await indexMeeting(meeting);
  return meeting;
}

export function createExchangeMeeting(
  actor: Actor,
  exchange: ExchangeRecord,
  input: CreateInput,
): Promise<MeetingRecord> {
  return create(actor, { exchangeId: exchange._id }, input);
}

export async function createCouncilMeeting(
  actor: Actor,
  workspaceId: string,
  input: CreateInput,
  attachment: MeetingRecord['attachment'] = null,
): Promise<MeetingRecord> {
  const workspace = isId(workspaceId)
    ? await WorkspaceModel.findById(workspaceId, { defaultVisibility: 1 }).lean()
    : null;
  if (!workspace) throw notFound('Council');
  if (!(await mayCreateCouncilMeeting(actor, workspaceId))) {
    if ((await roleIn(actor, workspaceId)) === null) throw notFound('Council');
    throw forbidden('Guests do not plan meetings');
  }
  return create(
    actor,
    { workspaceId: workspace._id, visibility: input.visibility ?? workspace.defaultVisibility },
    input,
    attachment,
  );
}

export function listExchangeMeetings(exchangeId: Types.ObjectId): Promise<MeetingRecord[]> {
  return MeetingModel.find({ exchangeId }).sort({ startsAt: 1 }).lean();
}

/** A council's meetings the caller may see: all for its members and guests, else shared ones. */
export async function listCouncilMeetings(
  actor: Actor,
  workspaceId: string,
): Promise<MeetingRecord[]> {
  if (!isId(workspaceId) || !(await WorkspaceModel.exists({ _id: workspaceId })))
    throw notFound('Council');
  const role = await roleIn(actor, workspaceId);
  const visible: Visibility[] = role ? ['workspace', 'network', 'public'] : ['network', 'public'];
  return MeetingModel.find({
    workspaceId: new Types.ObjectId(workspaceId),
    visibility: { $in: visible },
  })
    .sort({ startsAt: 1 })
    .lean();
}

export async function updateMeeting(
  actor: Actor,
  meeting: MeetingRecord,
  input: UpdateInput,
): Promise<MeetingRecord> {
  const set: Partial<MeetingRecord> = {};
  if (input.title !== undefined) set.title = input.title;
  if (input.startsAt !== undefined) set.startsAt = new Date(input.startsAt);
  if (input.endsAt !== undefined) set.endsAt = input.endsAt ? new Date(input.endsAt) : null;
  if (input.location !== undefined) set.location = input.location;
  if (input.videoUrl !== undefined) set.videoUrl = input.videoUrl;
  if (input.agenda !== undefined) set.agenda = input.agenda;
  if (input.attendees !== undefined) set.attendees = input.attendees;
  if (input.decisions !== undefined) set.decisions = input.decisions;
  if (input.tasks !== undefined) set.tasks = mergeTasks(meeting.tasks, input.tasks);
  if (input.visibility !== undefined) {
    if (!meeting.workspaceId)
      throw validationFailed([
        { path: 'body.visibility', message: "an exchange's meetings follow the exchange" },
      ]);
    if ((await roleIn(actor, meeting.workspaceId.toHexString())) !== 'admin')
      throw forbidden('Only council admins change the visibility');
    set.visibility = input.visibility;
  }
  checkTimes(
    set.startsAt ?? meeting.startsAt,
    set.endsAt === undefined ? meeting.endsAt : set.endsAt,
  );
  const updated =
    (await MeetingModel.findByIdAndUpdate(
      meeting._id,
      { $set: set },
      { returnDocument: 'after' },
    ).lean()) ?? meeting;
  await indexMeeting(updated);
  return updated;
}

/** Deletes a meeting with its minutes and its search entry. */
export async function deleteMeeting(meeting: MeetingRecord): Promise<void> {
  const docName = meeting._id.toHexString();
  await MeetingModel.deleteOne({ _id: meeting._id });
  await Promise.all([
    CollabUpdateModel.deleteMany({ docName }),
    CollabSnapshotModel.deleteOne({ _id: docName }),
    removeEntry('meeting', docName),
  ]);
}

/** Titles of the exchanges and councils that own these meetings. */
export async function ownerTitles(meetings: MeetingRecord[]): Promise<Map<string, string>> {
  const exchangeIds = meetings.flatMap((m) => (m.exchangeId ? [m.exchangeId] : []));
  const workspaceIds = meetings.flatMap((m) => (m.workspaceId ? [m.workspaceId] : []));
  const [exchanges, workspaces] = await Promise.all([
    exchangeIds.length
      ? ExchangeModel.find({ _id: { $in: exchangeIds } }, { title: 1 }).lean()
      : [],
    workspaceIds.length
      ? WorkspaceModel.find({ _id: { $in: workspaceIds } }, { name: 1 }).lean()
      : [],
  ]);
  return new Map([
    ...exchanges.map((e) => [e._id.toHexString(), e.title] as const),
    ...workspaces.map((w) => [w._id.toHexString(), w.name] as const),
  ]);
}
