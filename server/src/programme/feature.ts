import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { roomChannel } from '../realtime/access-changes';
import { isProgrammeStaff } from './programme.policy';
import { PROGRAMME_ROOM_PREFIX, attachProgrammeRealtime } from './programme.realtime';
import { programmeRoutes } from './programme.routes';
import { seedProgramme } from './programme.seed';

/** The state programme's records and dashboard (coordinators and platform admins). */
export const programmeFeature: Feature = {
  name: 'programme',
  routes: (bind, w) => programmeRoutes(bind, { events: w.programmeEvents, env: w.env }),
  realtime: ({ io, wiring }) =>
    attachProgrammeRealtime({
      io,
      events: wiring.programmeEvents,
      logger: categoryLogger(wiring.logger, 'realtime'),
    }),
  // The dashboard room: only programme staff may stay (a demoted coordinator leaves at once).
  live: () => [
    roomChannel('programme', PROGRAMME_ROOM_PREFIX, async (actor) => isProgrammeStaff(actor)),
  ],
  seed: ({ logger }) => seedProgramme(logger),
};
