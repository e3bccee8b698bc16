import { EventEmitter } from 'node:events';
import type { WorkspaceRole } from '@pnetz/shared';

export interface MembershipChange {
  workspaceId: string;
  userId: string;
  /** The new role, or null when the membership ended (left, removed, account deleted). */
  role: WorkspaceRole | null;
}

/**
 * Tells the realtime layer about membership changes made through the REST API, so a removed
 * member's open sockets leave the council's room at once (see realtime/workspace-rooms.ts).
 */
export class WorkspaceEvents {
  private readonly emitter = new EventEmitter();

  membershipChanged(change: MembershipChange): void {
    this.emitter.emit('membership', change);
  }

  onMembershipChanged(listener: (change: MembershipChange) => void): void {
    this.emitter.on('membership', listener);
  }
}
