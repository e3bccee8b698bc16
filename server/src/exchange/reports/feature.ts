import type { Feature } from '../../feature';
import { reportPersonalData } from '../personal-data';
import { reportSearch } from '../search-sources';
import { reportRoutes } from './reports.routes';

/** Experience reports: what a council learnt, with questions and answers. */
export const reportsFeature: Feature = {
  name: 'reports',
  routes: (bind) => reportRoutes(bind),
  search: [reportSearch],
  personalData: reportPersonalData,
};
