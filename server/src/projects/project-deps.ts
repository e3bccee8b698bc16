import type { Notifier } from '../notifications/notifier';
import type { ProjectEvents } from './project-events';

/** What project services need besides the database: the live feed and the notifier. */
export interface ProjectDeps {
  events: ProjectEvents;
  notifier: Notifier;
}
