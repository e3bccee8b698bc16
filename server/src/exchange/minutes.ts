import { isId } from '@pnetz/shared';
import type { AuthorizeDocument } from '../realtime/collab/authorize';
import { meetingAccess } from './exchange.policy';
import { MeetingModel } from './meeting.model';

/**
 * A meeting's minutes are a collaborative document named by the meeting's id, laid out like a
 * plan's rich text, so the same sync core and editor serve them. Who may edit them follows the
 * meeting (exchange participants, or a council's admins and members).
 */
export const authorizeMinutesDocument: AuthorizeDocument = async (actor, docName) => {
  if (!isId(docName)) return null;
  const meeting = await MeetingModel.findById(docName, {
    exchangeId: 1,
    workspaceId: 1,
    visibility: 1,
    createdBy: 1,
  }).lean();
  if (!meeting) return null;
  return (await meetingAccess(actor, meeting)).access;
};
