import { EventEmitter } from 'node:events';
import type { WorkspaceRole } from '@pnetz/shared';
import type { AccessChanges } from '../realtime/access-changes';

export interface MembershipChange {
  workspaceId: string;
  userId: string;
  /** The new role, or null when the membership ended (left, removed, account deleted). */
  role: WorkspaceRole | null;
}

/**
 * Membership changes made through the REST API. Each is published once as an access change, so
 * every live channel on every instance re-evaluates the person's connections (a removed member
 * leaves the council's room, the exchange rooms and the documents at once), and the person's
 * clients are told (see realtime/workspace-rooms.ts).
 */
export class WorkspaceEvents {
  private readonly emitter = new EventEmitter();

  constructor(private readonly access: AccessChanges) {}

  membershipChanged(change: MembershipChange): void {
    void this.access.publish({
      kind: 'membership',
      userId: change.userId,
      workspaceId: change.workspaceId,
    });
    this.emitter.emit('membership', change);
  }

  onMembershipChanged(listener: (change: MembershipChange) => void): void {
    this.emitter.on('membership', listener);
  }
}
