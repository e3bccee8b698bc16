import { z } from 'zod';
import { ErrorIdSchema } from '../errors';
import type { WorkspaceRole } from '../vocab';
import type { DocumentAccess } from '../api/plans';
import type { CollabCloseReason, CollabFrame, CollabRefusalReason } from './collab';
import type { ProgrammeChanged } from './programme';
import type { Post } from '../api/exchange';
import type { ExchangeChanged, ExchangeMention, ExchangeRoomRequest } from './exchange';
import type { AnalysisRoomRequest, Fieldwork } from '../api/analysis';
import type { FeedItem } from '../projects/updates';
import type { NotificationCreated, NotificationsRead, ProjectRoomRequest } from './projects';
import type { MembershipChanged, WorkspaceRoomRequest } from './workspaces';

/** Socket.IO event names. Both ends use these constants, never bare strings. */
export const ServerEvent = {
  /** The session behind this socket ended (logout, expiry); the socket is closed after it. */
  SessionEnded: 'session:ended',
  /** A y-protocols message for one open document. */
  CollabMessage: 'collab:message',
  /** An edit from a read-only participant was dropped. */
  CollabReadOnly: 'collab:read-only',
  /** The server closed one document for this socket (e.g. a malformed update). */
  CollabClosed: 'collab:closed',
  /** The server refused one edit (too large, document full, not saved yet); the document stays open. */
  CollabRefused: 'collab:refused',
  /** The receiver's membership in a council changed (role) or ended (`role: null`). */
  MembershipChanged: 'workspace:membership-changed',
  /** A coordinator changed a programme record; dashboard viewers refresh their figures. */
  ProgrammeChanged: 'programme:changed',
  /** Something happened in a council's projects (sent to the council's and the project's room). */
  ProjectFeed: 'project:feed',
  /** A new notification for the receiver (sent to their user room). */
  NotificationCreated: 'notification:created',
  /** The receiver's unread count changed in another tab or device. */
  NotificationsRead: 'notification:read',
  /** A new post in an exchange's discussion (sent to the exchange's room). */
  ExchangePost: 'exchange:post',
  /** Meetings, files or settings of an exchange changed; viewers refetch. */
  ExchangeChanged: 'exchange:changed',
  /** Someone mentioned the receiver in an exchange (sent to their user room). */
  ExchangeMention: 'exchange:mention',
  /** A security analysis's fieldwork figures changed (a response arrived); sent to its room. */
  AnalysisFieldwork: 'analysis:fieldwork',
} as const;

export const ClientEvent = {
  /** Round-trip check, answered through the ack. */
  Ping: 'ping:check',
  /** Open a collaborative document; the ack says whether the caller may write. */
  CollabJoin: 'collab:join',
  CollabLeave: 'collab:leave',
  CollabMessage: 'collab:message',
  /** Join a council's room to receive its live events; members only. */
  WorkspaceJoin: 'workspace:join',
  WorkspaceLeave: 'workspace:leave',
  /** Join the programme dashboard's room for live figures; coordinators and admins only. */
  ProgrammeJoin: 'programme:join',
  ProgrammeLeave: 'programme:leave',
  /** Follow one project's live events; anyone who may see the project. */
  ProjectJoin: 'project:join',
  ProjectLeave: 'project:leave',
  /** Follow one exchange's discussion live; anyone who may read the exchange. */
  ExchangeJoin: 'exchange:join',
  ExchangeLeave: 'exchange:leave',
  /** Follow one security analysis's fieldwork live; its owners and the programme staff. */
  AnalysisJoin: 'analysis:join',
  AnalysisLeave: 'analysis:leave',
} as const;

export const SocketAckErrorSchema = z.object({
  ok: z.literal(false),
  error: z.object({ id: ErrorIdSchema, message: z.string() }),
});
export type SocketAckError = z.infer<typeof SocketAckErrorSchema>;
export type SocketAck<T> = ({ ok: true } & T) | SocketAckError;

export interface ServerToClientEvents {
  [ServerEvent.SessionEnded]: () => void;
  [ServerEvent.CollabMessage]: (frame: CollabFrame) => void;
  [ServerEvent.CollabReadOnly]: (info: { docId: string }) => void;
  [ServerEvent.CollabClosed]: (info: { docId: string; reason: CollabCloseReason }) => void;
  [ServerEvent.CollabRefused]: (info: { docId: string; reason: CollabRefusalReason }) => void;
  [ServerEvent.MembershipChanged]: (change: MembershipChanged) => void;
  [ServerEvent.ProgrammeChanged]: (change: ProgrammeChanged) => void;
  [ServerEvent.ProjectFeed]: (item: FeedItem) => void;
  [ServerEvent.NotificationCreated]: (payload: NotificationCreated) => void;
  [ServerEvent.NotificationsRead]: (payload: NotificationsRead) => void;
  [ServerEvent.ExchangePost]: (post: Post) => void;
  [ServerEvent.ExchangeChanged]: (change: ExchangeChanged) => void;
  [ServerEvent.ExchangeMention]: (mention: ExchangeMention) => void;
  [ServerEvent.AnalysisFieldwork]: (fieldwork: Fieldwork) => void;
}

export interface ClientToServerEvents {
  [ClientEvent.Ping]: (ack: (result: SocketAck<{ at: string }>) => void) => void;
  [ClientEvent.CollabJoin]: (
    request: { docId: string },
    ack: (result: SocketAck<{ access: DocumentAccess }>) => void,
  ) => void;
  [ClientEvent.CollabLeave]: (request: { docId: string }) => void;
  [ClientEvent.CollabMessage]: (frame: CollabFrame) => void;
  [ClientEvent.WorkspaceJoin]: (
    request: WorkspaceRoomRequest,
    ack: (result: SocketAck<{ role: WorkspaceRole }>) => void,
  ) => void;
  [ClientEvent.WorkspaceLeave]: (request: WorkspaceRoomRequest) => void;
  [ClientEvent.ProgrammeJoin]: (ack: (result: SocketAck<object>) => void) => void;
  [ClientEvent.ProgrammeLeave]: () => void;
  [ClientEvent.ProjectJoin]: (
    request: ProjectRoomRequest,
    ack: (result: SocketAck<object>) => void,
  ) => void;
  [ClientEvent.ProjectLeave]: (request: ProjectRoomRequest) => void;
  [ClientEvent.ExchangeJoin]: (
    request: ExchangeRoomRequest,
    ack: (result: SocketAck<{ access: 'read' | 'participate' | 'manage' }>) => void,
  ) => void;
  [ClientEvent.ExchangeLeave]: (request: ExchangeRoomRequest) => void;
  [ClientEvent.AnalysisJoin]: (
    request: AnalysisRoomRequest,
    ack: (result: SocketAck<{ fieldwork: Fieldwork }>) => void,
  ) => void;
  [ClientEvent.AnalysisLeave]: (request: AnalysisRoomRequest) => void;
}
