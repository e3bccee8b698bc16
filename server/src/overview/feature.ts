import type { Feature } from '../feature';
import { overviewRoutes } from './overview.routes';
import { forgetOverviewVisits } from './overview.service';

/** "Mein Überblick": the personal start page, composed from the other features' records. */
export const overviewFeature: Feature = {
  name: 'overview',
  routes: (bind) => overviewRoutes(bind),
  personalData: [
    {
      model: 'OverviewVisit',
      userPaths: ['userId'],
      retention: 'while the account exists (two times of the latest visits)',
      export: { in: 'none', reason: 'two timestamps of opening the overview, no content' },
      erase: forgetOverviewVisits,
    },
  ],
};
