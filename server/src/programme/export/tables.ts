import type { Figures, FundingApplication, Language, MunicipalityStatus } from '@pnetz/shared';
import { PROGRAMME_LABELS, formatDay } from './labels';

/** A cell of an exported table: text, a number, or a day (`YYYY-MM-DD`) the format renders. */
export type Cell = string | number | { day: string } | null;
export interface Table {
  name: string;
  header: readonly string[];
  rows: Cell[][];
}

const day = (value: string | null): Cell => (value ? { day: value } : null);

/** The registry with each municipality's programme state on the day. */
export function municipalitiesTable(
  items: readonly MunicipalityStatus[],
  language: Language,
): Table {
  const l = PROGRAMME_LABELS[language];
  return {
    name: l.municipalitiesSheet,
    header: l.municipalityColumns,
    rows: items.map((m) => [
      m.name,
      l.kind[m.kind],
      m.district,
      m.population,
      m.policeDirectorate,
      m.lat,
      m.lon,
      day(m.contactedOn),
      day(m.advisedOn),
      day(m.councilOn),
      day(m.closeCooperationOn),
      m.agreements,
      day(m.agreementOn),
      l.coaching[m.coaching],
      m.analysis ? l.analysis[m.analysis] : null,
      m.fundingRequested,
      m.fundingGranted,
    ]),
  };
}

export function fundingTable(items: readonly FundingApplication[], language: Language): Table {
  const l = PROGRAMME_LABELS[language];
  return {
    name: l.fundingSheet,
    header: l.applicationColumns,
    rows: items.map((f) => [
      f.municipalityName,
      f.year,
      f.project,
      l.field[f.fieldOfAction],
      f.purpose,
      f.amountRequested,
      f.ownShare,
      f.totalCost,
      f.totalCost === 0 ? null : Math.round((f.ownShare / f.totalCost) * 1000) / 10,
      day(f.submittedOn),
      l.funding[f.status],
      f.amountGranted,
      f.warnings.map((w) => w.rule).join(', '),
    ]),
  };
}

/** The figures as label/value rows, then the funding years. */
export function figuresTable(figures: Figures, language: Language): Table {
  const l = PROGRAMME_LABELS[language];
  const r = l.rows;
  return {
    name: l.figures,
    header: [l.figure, l.value],
    rows: [
      [`${l.asOf}`, formatDay(figures.asOf, language)],
      [r.registered, figures.municipalities.registered],
      [r.contacted, figures.municipalities.contacted],
      [r.advised, figures.municipalities.advised],
      [r.closeCooperation, figures.municipalities.closeCooperation],
      [r.councils, figures.councils.municipalities],
      [r.districtCouncils, figures.councils.districts],
      [r.agreements, figures.agreements],
      [r.coachingTotal, figures.coaching.total],
      [r.coachingRunning, figures.coaching.running],
      [r.coachingFinished, figures.coaching.finished],
      [r.analyses, figures.analyses.total],
      ...Object.entries(figures.analyses.byStatus).map(([status, count]): Cell[] => [
        `  ${l.analysis[status as keyof typeof l.analysis]}`,
        count,
      ]),
    ],
  };
}

export function fundingYearsTable(figures: Figures, language: Language): Table {
  const l = PROGRAMME_LABELS[language];
  return {
    name: l.fundingYearsSheet,
    header: l.fundingColumns,
    rows: figures.funding.map((y) => [
      y.year,
      y.budget,
      y.applications,
      y.requested,
      y.granted,
      y.remaining,
    ]),
  };
}
