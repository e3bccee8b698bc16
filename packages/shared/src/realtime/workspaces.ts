import { z } from 'zod';
import { IdSchema } from '../common';
import { WorkspaceRoleSchema } from '../vocab';

/** Payload of `workspace:join` and `workspace:leave`. */
export const WorkspaceRoomRequestSchema = z.object({ workspaceId: IdSchema });
export type WorkspaceRoomRequest = z.infer<typeof WorkspaceRoomRequestSchema>;

/**
 * Sent to a person's sockets when their membership changed: a new role, or `role: null` when they
 * left or were removed (their sockets have left the council's room by then).
 */
export const MembershipChangedSchema = z.object({
  workspaceId: IdSchema,
  role: WorkspaceRoleSchema.nullable(),
});
export type MembershipChanged = z.infer<typeof MembershipChangedSchema>;
