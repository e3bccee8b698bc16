import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { Actor } from '../auth/actor';
import { AppError, notFound } from '../errors';
import type { RouteBinder } from '../http/route';
import { roleIn } from '../workspaces/access';
import { hashCode, isWellFormedCode } from './access-codes';
import type { AnalysisEvents } from './analysis-events';
import type { SecurityAnalysis } from './analysis.model';
import * as paper from './paper.service';
import * as publicSurvey from './public-survey.service';
import type { QuestionnaireRecord } from './questionnaire.model';
import * as questionnaires from './questionnaire.service';
import type { SurveyLimiter } from './survey-limiter';
import { authorizeSurvey, mayEdit } from './survey.policy';
import { presentQuestionnaire } from './survey.presenter';

async function present(actor: Actor, analysis: SecurityAnalysis, record: QuestionnaireRecord) {
  const [versions, role] = await Promise.all([
    questionnaires.listVersions(record._id),
    roleIn(actor, analysis.workspaceId.toHexString()),
  ]);
  return presentQuestionnaire(record, versions, mayEdit(actor, role, analysis));
}

/** The questionnaire of an analysis, paper returns, and the public answering page's API. */
export function surveyRoutes(
  bind: RouteBinder,
  deps: { events: AnalysisEvents; limiter: SurveyLimiter },
): Router {
  const router = Router();
  const api = endpoints.survey;
  const { events, limiter } = deps;

  bind(router, api.createQuestionnaire, async ({ actor, params }) => {
    const analysis = await authorizeSurvey(actor, params.id, 'edit');
    return present(actor, analysis, await questionnaires.createQuestionnaire(actor.id, params.id));
  });

  bind(router, api.getQuestionnaire, async ({ actor, params }) => {
    const analysis = await authorizeSurvey(actor, params.id, 'read');
    return present(actor, analysis, await questionnaires.requireQuestionnaire(params.id));
  });

  bind(router, api.saveQuestionnaire, async ({ actor, params, body }) => {
    const analysis = await authorizeSurvey(actor, params.id, 'edit');
    return present(
      actor,
      analysis,
      await questionnaires.saveQuestionnaire(actor.id, params.id, body),
    );
  });

  bind(router, api.questionnaireVersion, async ({ actor, params }) => {
    await authorizeSurvey(actor, params.id, 'read');
    const questionnaire = await questionnaires.requireQuestionnaire(params.id);
    const json = await questionnaires.versionJson(questionnaire._id, params.version);
    return { version: params.version, json: json as { pages: Array<Record<string, unknown>> } };
  });

  bind(router, api.startFieldwork, async ({ actor, params }) => {
    const analysis = await authorizeSurvey(actor, params.id, 'edit');
    return present(actor, analysis, await questionnaires.startFieldwork(params.id));
  });

  bind(router, api.endFieldwork, async ({ actor, params }) => {
    const analysis = await authorizeSurvey(actor, params.id, 'edit');
    return present(actor, analysis, await questionnaires.endFieldwork(params.id));
  });

  bind(router, api.paperSheets, async ({ actor, params }) => {
    await authorizeSurvey(actor, params.id, 'edit');
    return { items: await paper.listSheets(actor.id, params.id) };
  });

  bind(router, api.enterPaperSheet, async ({ actor, params, body }) => {
    await authorizeSurvey(actor, params.id, 'edit');
    const { sheet, stored } = await paper.enterSheet(actor.id, params.id, body);
    if (stored) events.responseStored(params.id);
    return sheet;
  });

  bind(router, api.resolvePaperSheet, async ({ actor, params, body }) => {
    await authorizeSurvey(actor, params.id, 'edit');
    const sheet = await paper.resolveSheet(actor.id, params.id, params.sheetNumber, body.answers);
    events.responseStored(params.id);
    return sheet;
  });

  /**
   * Every public request counts against its code and, when the code is unknown or forged,
   * against the network address; a forged code (wrong check character) is refused unread.
   */
  async function withCode<T>(code: string, ip: string, run: (hash: string) => Promise<T>) {
    const hash = hashCode(code);
    await limiter.check(hash, ip);
    try {
      if (!isWellFormedCode(code)) throw notFound('Access code');
      return await run(hash);
    } catch (error) {
      if (error instanceof AppError && error.id === 'not_found') await limiter.recordFailure(ip);
      throw error;
    }
  }
  const addressOf = (ip: string | undefined) => ip ?? 'unknown';

  bind(router, api.session, ({ body, req }) =>
    withCode(body.code, addressOf(req.ip), (hash) => publicSurvey.openSession(hash)),
  );

  bind(router, api.saveDraft, async ({ body, req }) => {
    await withCode(body.code, addressOf(req.ip), (hash) => publicSurvey.saveDraft(hash, body));
  });

  bind(router, api.submit, async ({ body, req }) => {
    const { analysisId } = await withCode(body.code, addressOf(req.ip), (hash) =>
      publicSurvey.submit(hash, body),
    );
    events.responseStored(analysisId);
  });

  return router;
}
