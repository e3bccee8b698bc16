import { Router } from 'express';
import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { roomChannel } from '../realtime/access-changes';
import { analysisRoutes } from './analysis.routes';
import { attachAnalysisRealtime, mayFollowFieldwork } from './analysis.realtime';
import { analysisPersonalData } from './personal-data';
import { placesRoutes } from './places/places.routes';
import type { ResponseWeights } from './places/places.service';
import { recommendationsPersonalData } from './recommendations/personal-data';
import { recommendationRoutes } from './recommendations/recommendations.routes';
import { pksRoutes } from './pks/pks.routes';
import { seedDemoReport } from './report/demo.seed';
import { reportRoutes } from './report/report.routes';
import { authorizeReportDocument, reportDocumentOf } from './report/report.service';
import { seedDemoResults } from './results/demo.seed';
import { resultsPersonalData } from './results/personal-data';
import { resultsRoutes } from './results/results.routes';
import { weightsFor } from './results/weighting.service';
import { surveyRoutes } from './survey.routes';
import { transferRoutes } from './transfer/transfer.routes';

/** The newest weighting run's weight per response; before the first run every response counts 1. */
const placeWeights: ResponseWeights = async (analysisId) => {
  const weights = await weightsFor(analysisId);
  return weights.size > 0 ? weights : null;
};

/**
 * The security analysis: the record and its phases, the register extract, the sample, the
 * letters and the live fieldwork figures; the questionnaire, the public answering page and the
 * paper returns; the weighted results and the open data.
 */
export const analysisFeature: Feature = {
  name: 'analysis',
  routes: (bind, w) =>
    Router()
      .use(surveyRoutes(bind, { events: w.analysisEvents, limiter: w.surveyLimiter }))
      .use(
        analysisRoutes(bind, {
          env: w.env,
          // The report's document follows the analysis's owners: its open connections are asked again.
          ownersChanged: async (analysisId) => {
            const documentId = await reportDocumentOf(analysisId);
            if (documentId)
              await w.access.publish({
                kind: 'visibility',
                resource: { type: 'document', id: documentId },
              });
          },
        }),
      )
      .use(resultsRoutes(bind))
      // Security analysis II: police statistics and the places residents avoid, the places
      // ranked by the newest weighting run (unweighted until there is one).
      .use(pksRoutes(bind))
      .use(placesRoutes(bind, { weights: placeWeights }))
      // From finding to measure: recommendations that become measures of the action plan.
      .use(recommendationRoutes(bind, { documents: w.documents }))
      // Comparisons with the previous wave and other councils, the transfer workshop and the
      // experience report.
      .use(transferRoutes(bind))
      // The report: co-edited like an action plan, its figures drawn from the results.
      .use(reportRoutes(bind, { documents: w.documents })),
  documents: authorizeReportDocument,
  realtime: ({ io, wiring }) =>
    attachAnalysisRealtime({
      io,
      events: wiring.analysisEvents,
      workspaceEvents: wiring.workspaceEvents,
      logger: categoryLogger(wiring.logger, 'realtime'),
    }),
  live: () => [roomChannel('analysis', 'analysis:', mayFollowFieldwork)],
  personalData: [...analysisPersonalData, ...resultsPersonalData, ...recommendationsPersonalData],
  seed: async ({ logger }) => {
    await seedDemoResults(logger);
    await seedDemoReport(logger);
  },
};
