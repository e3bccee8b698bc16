import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { roomChannel } from '../realtime/access-changes';
import { mayStayInWorkspaceRoom } from '../realtime/recovery-guard';
import { attachWorkspaceRooms } from '../realtime/workspace-rooms';
import { seedDemoCouncils } from '../seed/demo-councils';
import { workspaceRoutes } from './workspaces.routes';

/** Councils, their members, invitations and settings, and the council's live room. */
export const workspacesFeature: Feature = {
  name: 'workspaces',
  routes: (bind, w) =>
    workspaceRoutes(bind, {
      env: w.env,
      logger: categoryLogger(w.logger, 'mail'),
      mailer: w.mailer,
      events: w.workspaceEvents,
      limiter: w.limiter,
    }),
  realtime: ({ io, wiring }) =>
    attachWorkspaceRooms({
      io,
      events: wiring.workspaceEvents,
      logger: categoryLogger(wiring.logger, 'realtime'),
    }),
  live: () => [roomChannel('workspace', 'workspace', mayStayInWorkspaceRoom)],
  personalData: [
    {
      model: 'Membership',
      userPaths: ['userId'],
      retention: 'while the person is a member; removed with the account',
      export: { in: 'memberships' },
    },
    {
      model: 'Invitation',
      userPaths: ['invitedBy', 'acceptedBy', 'revokedBy'],
      retention:
        "kept for the council's record; the invited address is removed with the account (privacy/deletion.service.ts)",
      export: { in: 'invitationsSent / invitationsReceived' },
    },
  ],
  seed: (context) => seedDemoCouncils(context.logger, { appUrl: context.appUrl }),
};
