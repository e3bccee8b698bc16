import { Router } from 'express';
import type { Feature } from '../feature';
import { categoryLogger } from '../logger';
import { roomChannel } from '../realtime/access-changes';
import { analysisRoutes } from './analysis.routes';
import { attachAnalysisRealtime, mayFollowFieldwork } from './analysis.realtime';
import { analysisPersonalData } from './personal-data';
import { placesRoutes } from './places/places.routes';
import { pksRoutes } from './pks/pks.routes';
import { surveyRoutes } from './survey.routes';

/**
 * The security analysis: the record and its phases, the register extract, the sample, the
 * letters and the live fieldwork figures; the questionnaire, the public answering page and the
 * paper returns.
 */
export const analysisFeature: Feature = {
  name: 'analysis',
  routes: (bind, w) =>
    Router()
      .use(surveyRoutes(bind, { events: w.analysisEvents, limiter: w.surveyLimiter }))
      .use(analysisRoutes(bind, { env: w.env }))
      // Security analysis II: police statistics and the places residents avoid.
      .use(pksRoutes(bind))
      .use(placesRoutes(bind)),
  realtime: ({ io, wiring }) =>
    attachAnalysisRealtime({
      io,
      events: wiring.analysisEvents,
      workspaceEvents: wiring.workspaceEvents,
      logger: categoryLogger(wiring.logger, 'realtime'),
    }),
  live: () => [roomChannel('analysis', 'analysis:', mayFollowFieldwork)],
  personalData: analysisPersonalData,
};
