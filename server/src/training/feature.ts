import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { TrainingOfferModel } from './offer.model';
import { trainingPersonalData } from './personal-data';
import { seedTraining } from './seed/training.seed';
import { startTrainingJobs } from './sweeps';
import { trainingRoutes } from './training.routes';
import { indexTrainingOffer } from './training.search';

/**
 * Aus- und Fortbildung: the catalogue, registration with a waiting list, the day (attendance,
 * check-in), certificates, feedback and figures.
 */
export const trainingFeature: Feature = {
  name: 'training',
  routes: (bind, w) => trainingRoutes(bind, w.training),
  realtime: ({ wiring }) =>
    startTrainingJobs(wiring.training, categoryLogger(wiring.logger, 'app')),
  search: [
    {
      name: 'training offers',
      async reindex() {
        const offers = await TrainingOfferModel.find().lean();
        for (const offer of offers) await indexTrainingOffer(offer);
        return offers.length;
      },
    },
  ],
  personalData: trainingPersonalData,
  seed: ({ logger }) => seedTraining(logger),
};
