import type { CalendarEntry, Meeting, MeetingOwner } from '@pnetz/shared';
import type { People } from '../privacy/attribution';
import type { MeetingAccess } from './exchange.policy';
import type { MeetingRecord } from './meeting.model';

function owner(meeting: MeetingRecord, titles: ReadonlyMap<string, string>): MeetingOwner {
  if (meeting.exchangeId) {
    const id = meeting.exchangeId.toHexString();
    return { type: 'exchange', id, title: titles.get(id) ?? '' };
  }
  const id = meeting.workspaceId!.toHexString();
  return { type: 'council', id, title: titles.get(id) ?? '' };
}

export function presentMeeting(
  meeting: MeetingRecord,
  rights: { access: MeetingAccess; deletable: boolean },
  context: {
    titles: ReadonlyMap<string, string>;
    people: People;
    planTitles: ReadonlyMap<string, string>;
  },
): Meeting {
  const id = meeting._id.toHexString();
  return {
    id,
    owner: owner(meeting, context.titles),
    title: meeting.title,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt?.toISOString() ?? null,
    location: meeting.location,
    videoUrl: meeting.videoUrl,
    agenda: meeting.agenda,
    attendees: meeting.attendees.map(({ name, organisation }) => ({ name, organisation })),
    decisions: meeting.decisions,
    tasks: meeting.tasks.map((task) => ({
      id: task.taskId,
      title: task.title,
      responsible: task.responsible,
      due: task.due,
      measure: task.measure
        ? {
            planId: task.measure.planId.toHexString(),
            measureId: task.measure.measureId,
            planTitle: context.planTitles.get(task.measure.planId.toHexString()) ?? '',
          }
        : null,
    })),
    visibility: meeting.visibility,
    minutesDocId: id,
    attachment: meeting.attachment
      ? { label: meeting.attachment.label, url: meeting.attachment.url }
      : null,
    access: rights.access,
    deletable: rights.deletable,
    createdBy: context.people.ref(meeting.createdBy),
    createdAt: meeting.createdAt.toISOString(),
    updatedAt: meeting.updatedAt.toISOString(),
  };
}

export function presentCalendarEntry(
  meeting: MeetingRecord,
  titles: ReadonlyMap<string, string>,
): CalendarEntry {
  return {
    id: meeting._id.toHexString(),
    title: meeting.title,
    owner: owner(meeting, titles),
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt?.toISOString() ?? null,
    location: meeting.location,
    videoUrl: meeting.videoUrl,
  };
}
