import type { Feature } from '../feature';
import { meetingRoutes } from './meetings.routes';
import { authorizeMinutesDocument } from './minutes';
import { meetingPersonalData } from './personal-data';
import { meetingSearch } from './search-sources';

/**
 * Meetings of exchanges and councils, their co-edited minutes (a collaborative document named by
 * the meeting's id) and the personal calendar feed.
 */
export const meetingsFeature: Feature = {
  name: 'meetings',
  routes: (bind, w) =>
    meetingRoutes(bind, {
      events: w.exchangeEvents,
      documents: w.documents,
      env: w.env,
      access: w.access,
      notifier: w.projects.notifier,
    }),
  documents: authorizeMinutesDocument,
  search: [meetingSearch],
  personalData: meetingPersonalData,
};
