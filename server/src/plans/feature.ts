import type { Feature } from '../feature';
import { planPersonalData } from './personal-data';
import { authorizePlanDocument } from './plans.service';
import { planRoutes } from './plans.routes';
import { planSearch } from './search-source';

/** Action plans (Handlungskonzepte): co-edited documents with measures and versions. */
export const plansFeature: Feature = {
  name: 'plans',
  routes: (bind, w) =>
    planRoutes(bind, {
      documents: w.documents,
      documentAccessChanged: (planId) =>
        w.access.publish({ kind: 'visibility', resource: { type: 'document', id: planId } }),
    }),
  documents: authorizePlanDocument,
  search: [planSearch],
  personalData: planPersonalData,
};
