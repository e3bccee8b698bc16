import { endpoints, type Language } from '@pnetz/shared';
import { Router, type Response } from 'express';
import type { Types } from 'mongoose';
import type { Actor } from '../../auth/actor';
import { forbidden, validationFailed } from '../../errors';
import type { RouteBinder } from '../../http/route';
import { standingOf } from '../analysis.policy';
import { findAnalysis } from '../analysis.service';
import { questionsOf } from '../questionnaire/survey-json';
import { ResponseModel } from '../response.model';
import { codebookCsv, responsesCsv, resultsTableCsv } from './open-data';
import { decideResults, type ResultsAction } from './results.policy';
import { questionnaireJson, responsesOf } from './responses';
import { presentRun, resultsOf } from './results.service';
import { TextReviewModel } from './weighting.model';
import { latestRun, listRuns, runWeighting } from './weighting.service';

const api = endpoints.results;

async function authorize(actor: Actor, id: string, action: ResultsAction) {
  const analysis = await findAnalysis(id);
  const standing = await standingOf(actor, analysis);
  if (!decideResults(standing, action))
    throw forbidden(`Security analysis results: "${action}" is not allowed for you`);
  return { analysis, team: decideResults(standing, 'weigh') };
}

function sendCsv(res: Response, filename: string, csv: Buffer): void {
  res.status(200).type('text/csv; charset=utf-8').attachment(filename);
  res.setHeader('Cache-Control', 'no-store');
  res.send(csv);
}

async function reviewedOf(analysisId: Types.ObjectId): Promise<Set<string>> {
  const review = await TextReviewModel.findOne({ analysisId }).lean();
  return new Set(review?.questions ?? []);
}

/** The weighted results: weighting runs, figures, the suppressed table and the open data. */
export function resultsRoutes(bind: RouteBinder): Router {
  const router = Router();

  bind(router, api.get, async ({ actor, params }) => {
    const { analysis, team } = await authorize(actor, params.id, 'read');
    return resultsOf(analysis, team);
  });

  bind(router, api.runs, async ({ actor, params }) => {
    const { analysis, team } = await authorize(actor, params.id, 'read');
    const [runs, responses] = await Promise.all([
      listRuns(analysis._id),
      ResponseModel.countDocuments({ analysisId: analysis._id }),
    ]);
    return {
      items: await Promise.all(
        runs.map((run) => presentRun({ ...run, responseIds: [] }, team, responses)),
      ),
    };
  });

  bind(router, api.weigh, async ({ actor, params, body }) => {
    const { analysis } = await authorize(actor, params.id, 'weigh');
    const run = await runWeighting(actor, analysis, body.cap);
    return presentRun(run, true, run.responses);
  });

  bind(router, api.table, async ({ actor, params, query, res }) => {
    const { analysis, team } = await authorize(actor, params.id, 'read');
    const results = await resultsOf(analysis, team);
    sendCsv(res, 'sicherheitsanalyse-ergebnisse.csv', resultsTableCsv(results, query.language));
  });

  bind(router, api.raw, async ({ actor, params, query, res }) => {
    const { analysis } = await authorize(actor, params.id, 'raw');
    const [json, responses, run, reviewed] = await Promise.all([
      questionnaireJson(analysis),
      responsesOf(analysis),
      latestRun(analysis._id),
      reviewedOf(analysis._id),
    ]);
    const language: Language = query.language;
    sendCsv(
      res,
      'sicherheitsanalyse-antworten.csv',
      responsesCsv(json, responses, run, reviewed, language),
    );
  });

  bind(router, api.codebook, async ({ actor, params, res }) => {
    const { analysis } = await authorize(actor, params.id, 'raw');
    const [json, reviewed] = await Promise.all([
      questionnaireJson(analysis),
      reviewedOf(analysis._id),
    ]);
    sendCsv(res, 'sicherheitsanalyse-codebuch.csv', codebookCsv(json, reviewed));
  });

  bind(router, api.reviewText, async ({ actor, params, body }) => {
    const { analysis } = await authorize(actor, params.id, 'weigh');
    const json = await questionnaireJson(analysis);
    const freeText = new Set(
      questionsOf(json)
        .filter((q) => q.type === 'text' || q.type === 'comment')
        .map((q) => q.name),
    );
    const unknown = body.questions.filter((name) => !freeText.has(name));
    if (unknown.length > 0)
      throw validationFailed(
        unknown.map((name) => ({
          path: 'body.questions',
          message: `"${name}" is not a free-text question of this questionnaire`,
        })),
      );
    const questions = [...new Set(body.questions)];
    await TextReviewModel.updateOne(
      { analysisId: analysis._id },
      { $set: { questions, reviewedBy: actor.id, updatedAt: new Date() } },
      { upsert: true },
    );
    return { questions };
  });

  return router;
}
