import { AGREEMENT_DOCUMENT_MAX_BYTES, endpoints, type ProgrammeChanged } from '@pnetz/shared';
import { Router, type Request } from 'express';
import { AppError, notFound } from '../errors';
import type { RouteBinder } from '../http/route';
import { openAgreementDocument, storeAgreementDocument } from './documents.service';
import { authorizeMunicipality } from './programme.policy';
import { presentAgreement, presentAnalysis, presentCoaching } from './programme.presenter';
import { AnalysisModel, CoachingModel } from './records.model';
import * as records from './records.service';

/** Reads a raw upload, refusing it as soon as it grows past the limit. */
async function readUpload(req: Request, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      throw new AppError('payload_too_large', 413, 'The document is too large', [
        { path: 'body', message: `exceeds ${limit} bytes` },
      ]);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Cooperation agreements (with their document), coaching processes and security analyses. */
export function recordRoutes(
  bind: RouteBinder,
  changed: (change: ProgrammeChanged) => void,
): Router {
  const router = Router();
  const api = endpoints.programme;
  const announce = (
    kind: ProgrammeChanged['kind'],
    action: ProgrammeChanged['action'],
    municipalityId: { toHexString(): string },
  ) => changed({ kind, action, municipalityId: municipalityId.toHexString() });

  bind(router, api.createAgreement, async ({ actor, params, body }) => {
    const municipality = await authorizeMunicipality(actor, params.id, 'records.write');
    const agreement = await records.createAgreement(municipality, body);
    announce('agreement', 'created', municipality._id);
    return presentAgreement(agreement);
  });

  bind(router, api.updateAgreement, async ({ actor, params, body }) => {
    const agreement = await records.findAgreement(params.id);
    await authorizeMunicipality(actor, agreement.municipalityId, 'records.write');
    const updated = await records.updateAgreement(agreement, body);
    announce('agreement', 'updated', agreement.municipalityId);
    return presentAgreement(updated);
  });

  bind(router, api.deleteAgreement, async ({ actor, params }) => {
    const agreement = await records.findAgreement(params.id);
    await authorizeMunicipality(actor, agreement.municipalityId, 'records.write');
    await records.deleteAgreement(agreement);
    announce('agreement', 'deleted', agreement.municipalityId);
  });

  bind(router, api.uploadAgreementDocument, async ({ actor, params, query, req }) => {
    const agreement = await records.findAgreement(params.id);
    await authorizeMunicipality(actor, agreement.municipalityId, 'records.write');
    const bytes = await readUpload(req, AGREEMENT_DOCUMENT_MAX_BYTES);
    const updated = await storeAgreementDocument(agreement, query.filename, bytes);
    announce('agreement', 'updated', agreement.municipalityId);
    return presentAgreement(updated);
  });

  bind(router, api.downloadAgreementDocument, async ({ actor, params, res }) => {
    const agreement = await records.findAgreement(params.id);
    await authorizeMunicipality(actor, agreement.municipalityId, 'municipality.read');
    const stream = openAgreementDocument(agreement);
    if (!stream || !agreement.document) throw notFound('Document');
    res.status(200).type(agreement.document.contentType).attachment(agreement.document.filename);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await new Promise<void>((resolve, reject) => {
      stream
        .once('error', reject)
        .pipe(res)
        .once('finish', () => resolve());
    });
  });

  bind(router, api.createCoaching, async ({ actor, params, body }) => {
    const municipality = await authorizeMunicipality(actor, params.id, 'records.write');
    const coaching = await records.createCoaching(municipality, body);
    announce('coaching', 'created', municipality._id);
    return presentCoaching(coaching);
  });

  bind(router, api.updateCoaching, async ({ actor, params, body }) => {
    const coaching = await records.findCoaching(params.id);
    await authorizeMunicipality(actor, coaching.municipalityId, 'records.write');
    const updated = await records.updateCoaching(coaching, body);
    announce('coaching', 'updated', coaching.municipalityId);
    return presentCoaching(updated);
  });

  bind(router, api.deleteCoaching, async ({ actor, params }) => {
    const coaching = await records.findCoaching(params.id);
    await authorizeMunicipality(actor, coaching.municipalityId, 'records.write');
    await CoachingModel.deleteOne({ _id: coaching._id });
    announce('coaching', 'deleted', coaching.municipalityId);
  });

  bind(router, api.createAnalysis, async ({ actor, params, body }) => {
    const municipality = await authorizeMunicipality(actor, params.id, 'records.write');
    const analysis = await records.createAnalysis(municipality, body);
    announce('analysis', 'created', municipality._id);
    return presentAnalysis(analysis, await records.measureLookup([analysis]));
  });

  bind(router, api.updateAnalysis, async ({ actor, params, body }) => {
    const analysis = await records.findAnalysis(params.id);
    const municipality = await authorizeMunicipality(
      actor,
      analysis.municipalityId,
      'records.write',
    );
    const updated = await records.updateAnalysis(analysis, municipality, body);
    announce('analysis', 'updated', analysis.municipalityId);
    return presentAnalysis(updated, await records.measureLookup([updated]));
  });

  bind(router, api.deleteAnalysis, async ({ actor, params }) => {
    const analysis = await records.findAnalysis(params.id);
    await authorizeMunicipality(actor, analysis.municipalityId, 'records.write');
    await AnalysisModel.deleteOne({ _id: analysis._id });
    announce('analysis', 'deleted', analysis.municipalityId);
  });

  return router;
}
