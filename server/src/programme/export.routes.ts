import { endpoints, todayInSaxony } from '@pnetz/shared';
import { Router } from 'express';
import type { RouteBinder } from '../http/route';
import { loadDataset } from './dataset';
import { toCsv } from './export/csv';
import { renderProgrammeReport } from './export/report-pdf';
import {
  figuresTable,
  fundingTable,
  fundingYearsTable,
  municipalitiesTable,
} from './export/tables';
import { toXlsx } from './export/xlsx';
import { computeFigures, municipalityStatuses } from './figures';
import { listFunding } from './funding.service';
import { requireProgrammeStaff } from './programme.policy';
import { trainingTable } from '../training/figures.export';
import { trainingFigures } from '../training/figures.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Tables as CSV or XLSX and the printable report, for a day; coordinators only. */
export function exportRoutes(bind: RouteBinder): Router {
  const router = Router();
  const api = endpoints.programme;

  bind(router, api.export, async ({ actor, query, res }) => {
    requireProgrammeStaff(actor);
    const asOf = query.asOf ?? todayInSaxony();
    const dataset = await loadDataset();
    const municipalities = municipalitiesTable(municipalityStatuses(dataset, asOf), actor.language);
    const funding = fundingTable(await listFunding(undefined), actor.language);
    const training = trainingTable(await trainingFigures(), actor.language);
    if (query.format === 'csv') {
      const table =
        query.table === 'funding'
          ? funding
          : query.table === 'training'
            ? training
            : municipalities;
      res
        .status(200)
        .type('text/csv; charset=utf-8')
        .attachment(`asskomm-${query.table}-${asOf}.csv`)
        .send(toCsv(table, actor.language));
      return;
    }
    const figures = computeFigures(dataset, asOf);
    const body = await toXlsx([
      figuresTable(figures, actor.language),
      fundingYearsTable(figures, actor.language),
      municipalities,
      funding,
      training,
    ]);
    res.status(200).type(XLSX).attachment(`asskomm-${asOf}.xlsx`).send(body);
  });

  bind(router, api.report, async ({ actor, query, res }) => {
    requireProgrammeStaff(actor);
    const asOf = query.asOf ?? todayInSaxony();
    const dataset = await loadDataset();
    const pdf = await renderProgrammeReport(
      computeFigures(dataset, asOf),
      municipalityStatuses(dataset, asOf),
      actor.language,
    );
    res.status(200).type('application/pdf').attachment(`asskomm-bericht-${asOf}.pdf`).send(pdf);
  });

  return router;
}
