import { ANALYSIS_LIMITS, REGISTER_FIELDS, endpoints, type RegisterField } from '@pnetz/shared';
import { Router, type Response } from 'express';
import type { Actor } from '../auth/actor';
import type { Env } from '../env';
import { forbidden } from '../errors';
import { appUrl } from '../http/app-url';
import type { RouteBinder } from '../http/route';
import { readUpload } from '../files/upload';
import { QuestionnaireModel } from './questionnaire.model';
import { questionnaireTemplate } from './questionnaire/template';
import { presentAnalysis, presentAnalysisSummaries } from './analysis.presenter';
import {
  canCreateAnalysis,
  canListAnalyses,
  requireAnalysis,
  standingOf,
  type AnalysisAction,
} from './analysis.policy';
import * as analyses from './analysis.service';
import { importRegister, previewRegister } from './register.service';
import { deleteAddresses, drawSample, listAddresses } from './sample.service';
import { fieldworkOf } from './fieldwork.service';
import { makeLetters, makeReminder } from './letters.service';
import { paperQuestionnaire } from './paper-pdf';

const api = endpoints.analysis;

/** Loads the analysis and the caller's standing, and refuses unless the action is allowed. */
async function authorize(actor: Actor, id: string, action: AnalysisAction) {
  const analysis = await analyses.findAnalysis(id);
  const standing = await standingOf(actor, analysis);
  requireAnalysis(standing, action);
  return { analysis, standing };
}

function sendPdf(res: Response, filename: string, pdf: Buffer): void {
  res.status(200).type('application/pdf').attachment(filename);
  res.setHeader('Cache-Control', 'no-store');
  res.send(pdf);
}

/** The security analysis: record and phases, register, sample, letters, fieldwork figures. */
export function analysisRoutes(
  bind: RouteBinder,
  deps: {
    env: Env;
    /** The named owners changed: who may edit the analysis's documents changed with them. */
    ownersChanged?: (analysisId: string) => Promise<void>;
  },
): Router {
  const router = Router();

  bind(router, api.list, async ({ actor, params }) => {
    if (!(await canListAnalyses(actor, params.workspaceId)))
      throw forbidden('Only members of the council see its security analyses');
    const items = await analyses.listAnalyses(params.workspaceId);
    return {
      items: await presentAnalysisSummaries(items),
      canCreate: await canCreateAnalysis(actor, params.workspaceId),
    };
  });

  bind(router, api.create, async ({ actor, params, body }) => {
    if (!(await canCreateAnalysis(actor, params.workspaceId)))
      throw forbidden('Council admins start security analyses');
    const created = await analyses.createAnalysis(actor, params.workspaceId, body.title);
    return presentAnalysis(created, 'owner');
  });

  bind(router, api.get, async ({ actor, params }) => {
    const { analysis, standing } = await authorize(actor, params.id, 'read');
    return presentAnalysis(analysis, standing);
  });

  bind(router, api.update, async ({ actor, params, body }) => {
    const { analysis, standing } = await authorize(actor, params.id, 'manage');
    const updated = await analyses.updateAnalysis(analysis, body);
    if (body.ownerIds !== undefined) await deps.ownersChanged?.(params.id);
    return presentAnalysis(updated, standing);
  });

  bind(router, api.uploadSignature, async ({ actor, params, req }) => {
    const { analysis, standing } = await authorize(actor, params.id, 'manage');
    const bytes = await readUpload(req, ANALYSIS_LIMITS.signatureMaxBytes);
    return presentAnalysis(await analyses.setSignature(analysis, bytes), standing);
  });

  bind(router, api.previewRegister, async ({ actor, params, query, req }) => {
    await authorize(actor, params.id, 'addresses');
    const bytes = await readUpload(req, ANALYSIS_LIMITS.registerMaxBytes, 'file');
    return previewRegister(bytes, query.filename);
  });

  bind(router, api.importRegister, async ({ actor, params, query, req }) => {
    const { analysis } = await authorize(actor, params.id, 'addresses');
    const bytes = await readUpload(req, ANALYSIS_LIMITS.registerMaxBytes, 'file');
    const mapping: Partial<Record<RegisterField, string>> = {};
    for (const field of REGISTER_FIELDS) if (query[field]) mapping[field] = query[field];
    return importRegister(actor, analysis, bytes, query.filename, mapping);
  });

  bind(router, api.addresses, async ({ actor, params, query }) => {
    const { analysis } = await authorize(actor, params.id, 'addresses');
    const sampled = query.sampled === undefined ? undefined : query.sampled === 'true';
    const { items, total } = await listAddresses(analysis, query.page, sampled);
    return {
      total,
      items: items.map(({ _id, analysisId: _a, importId: _i, ...address }) => ({
        id: _id.toHexString(),
        ...address,
      })),
    };
  });

  bind(router, api.deleteAddresses, async ({ actor, params }) => {
    const { analysis } = await authorize(actor, params.id, 'addresses');
    await deleteAddresses(analysis, actor.id, 'owner');
  });

  bind(router, api.drawSample, async ({ actor, params, body }) => {
    const { analysis } = await authorize(actor, params.id, 'manage');
    return drawSample(analysis, body);
  });

  bind(router, api.letters, async ({ actor, params, req, res }) => {
    const { analysis } = await authorize(actor, params.id, 'addresses');
    const pdf = await makeLetters(actor, analysis, appUrl(deps.env, req));
    sendPdf(res, 'sicherheitsanalyse-anschreiben.pdf', pdf);
  });

  bind(router, api.reminder, async ({ actor, params, req, res }) => {
    const { analysis } = await authorize(actor, params.id, 'addresses');
    const pdf = await makeReminder(analysis, appUrl(deps.env, req));
    sendPdf(res, 'sicherheitsanalyse-erinnerung.pdf', pdf);
  });

  bind(router, api.paper, async ({ actor, params, query, res }) => {
    const { analysis } = await authorize(actor, params.id, 'manage');
    const questionnaire = await QuestionnaireModel.findOne({ analysisId: analysis._id }).lean();
    const json = questionnaire?.json ?? questionnaireTemplate();
    const pdf = await paperQuestionnaire(json, query.copies, query.firstSheet);
    sendPdf(res, 'sicherheitsanalyse-fragebogen.pdf', pdf);
  });

  bind(router, api.fieldwork, async ({ actor, params }) => {
    const { analysis } = await authorize(actor, params.id, 'fieldwork');
    return fieldworkOf(analysis);
  });

  return router;
}
