import { endpoints } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../../http/route';
import type { CollabDocuments } from '../../realtime/collab/documents';
import { exportReport } from './export/report-export';
import { createReport, findReport, presentReport } from './report.service';

const api = endpoints.analysisReport;

/** The report of a security analysis: start it, read it, print it. */
export function reportRoutes(bind: RouteBinder, deps: { documents: CollabDocuments }): Router {
  const router = Router();
  bind(router, api.get, async ({ actor, params }) =>
    presentReport(await findReport(actor, params.id)),
  );
  bind(router, api.create, async ({ actor, params }) =>
    presentReport(await createReport(actor, params.id, deps.documents)),
  );
  bind(router, api.export, async ({ actor, params, query, res }) => {
    const found = await findReport(actor, params.id);
    const file = await exportReport(
      deps.documents,
      found,
      query.format,
      query.language ?? actor.language,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.status(200).type(file.mime).attachment(file.filename).send(file.body);
  });
  return router;
}
