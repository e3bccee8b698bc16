import { adminFeature } from './admin/feature';
import { analysisFeature } from './analysis/feature';
import { auditFeature } from './audit/feature';
import { authFeature } from './auth/feature';
import { exchangeFeature } from './exchange/feature';
import { matchingFeature } from './exchange/matching/feature';
import { meetingsFeature } from './exchange/meetings.feature';
import { reportsFeature } from './exchange/reports/feature';
import type { Feature } from './feature';
import { mailFeature } from './mail/feature';
import { notificationsFeature } from './notifications/feature';
import { plansFeature } from './plans/feature';
import { privacyFeature } from './privacy/feature';
import { programmeFeature } from './programme/feature';
import { projectsFeature } from './projects/feature';
import { collabFeature } from './realtime/collab/feature';
import { searchFeature } from './search/feature';
import { ssoFeature } from './sso/feature';
import { trainingFeature } from './training/feature';
import { directoryFeature } from './directory/feature';
import { overviewFeature } from './overview/feature';
import { workspacesFeature } from './workspaces/feature';
import { libraryFeature } from './library/feature';

/**
 * Every feature of the server, once. The app's routes, the realtime handlers, the live channels
 * (and with them the access-change revalidation and the recovery guard), the collaborative
 * documents' authorizers, the search sources, the DSGVO export and deletion, and the demo seed
 * are all assembled from this list, in this order. A new feature adds its `feature.ts` and one
 * line here (see docs/ARCHITECTURE.md).
 */
export const FEATURES: readonly Feature[] = [
  authFeature,
  ssoFeature,
  workspacesFeature,
  auditFeature,
  adminFeature,
  mailFeature,
  privacyFeature,
  plansFeature,
  programmeFeature,
  projectsFeature,
  notificationsFeature,
  exchangeFeature,
  meetingsFeature,
  reportsFeature,
  matchingFeature,
  analysisFeature,
  trainingFeature,
  searchFeature,
  libraryFeature,
  overviewFeature,
  directoryFeature,
  collabFeature,
];
