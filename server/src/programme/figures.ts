import {
  ANALYSIS_STATUSES,
  GRANTED_FUNDING_STATUSES,
  endOfMonth,
  type AnalysisStatus,
  type CoachingState,
  type Day,
  type FieldOfAction,
  type Figures,
  type FundingStatus,
  type FundingYearFigures,
  type MilestoneKind,
  type MunicipalityKind,
  type MunicipalityStatus,
  type ProgrammeElement,
  type TrendPoint,
} from '@pnetz/shared';

/**
 * The programme figures, computed from dated records for any day. Pure: the database is read
 * once (see dataset.ts) and the counting happens here, so the published figures can be checked
 * in a unit test against the demo dataset. What each count means is documented on
 * `FiguresSchema` in the shared contract.
 */
export interface DatasetMunicipality {
  id: string;
  name: string;
  kind: MunicipalityKind;
  district: string;
  population: number | null;
  lat: number;
  lon: number;
  policeDirectorate: string;
  workspaceId: string | null;
  milestones: ReadonlyArray<{ kind: MilestoneKind; date: Day }>;
}

export interface ProgrammeDataset {
  municipalities: readonly DatasetMunicipality[];
  agreements: ReadonlyArray<{
    municipalityId: string;
    date: Day;
    status: 'draft' | 'signed' | 'ended';
  }>;
  coachings: ReadonlyArray<{ municipalityId: string; start: Day; end: Day | null }>;
  analyses: ReadonlyArray<{
    municipalityId: string;
    statusHistory: ReadonlyArray<{ status: AnalysisStatus; date: Day }>;
  }>;
  funding: ReadonlyArray<{
    municipalityId: string;
    year: number;
    fieldOfAction: FieldOfAction;
    amountRequested: number;
    amountGranted: number | null;
    submittedOn: Day;
    statusHistory: ReadonlyArray<{ status: FundingStatus; date: Day }>;
  }>;
  budgets: ReadonlyArray<{ year: number; amount: number }>;
}

/** The programme started with the founding of the alliance on 6 February 2019. */
export const PROGRAMME_START: Day = '2019-02-06';

/** The first day a milestone of this kind was reached, on or before `asOf`. */
function firstMilestone(
  municipality: DatasetMunicipality,
  asOf: Day,
  kind?: MilestoneKind,
): Day | null {
  let first: Day | null = null;
  for (const milestone of municipality.milestones) {
    if (
      (kind === undefined || milestone.kind === kind) &&
      milestone.date <= asOf &&
      (first === null || milestone.date < first)
    ) {
      first = milestone.date;
    }
  }
  return first;
}

/** The status in force on `asOf`: the latest history entry on or before it. */
export function statusOn<S extends string>(
  history: ReadonlyArray<{ status: S; date: Day }>,
  asOf: Day,
): S | null {
  let current: { status: S; date: Day } | null = null;
  for (const entry of history) {
    if (entry.date <= asOf && (current === null || entry.date >= current.date)) current = entry;
  }
  return current?.status ?? null;
}

const signedBy = (agreement: ProgrammeDataset['agreements'][number], asOf: Day) =>
  agreement.status !== 'draft' && agreement.date <= asOf;

function coachingState(coachings: ProgrammeDataset['coachings'], asOf: Day): CoachingState {
  const started = coachings.filter((c) => c.start <= asOf);
  if (started.length === 0) return 'none';
  return started.some((c) => c.end === null || c.end > asOf) ? 'running' : 'finished';
}

const ANALYSIS_ORDER: Record<AnalysisStatus, number> = Object.fromEntries(
  ANALYSIS_STATUSES.map((s, i) => [s, i]),
) as Record<AnalysisStatus, number>;

function groupBy<T extends { municipalityId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.municipalityId);
    if (list) list.push(item);
    else map.set(item.municipalityId, [item]);
  }
  return map;
}

/** Each registry entry's programme state on `asOf`, sorted by name. */
export function municipalityStatuses(dataset: ProgrammeDataset, asOf: Day): MunicipalityStatus[] {
  const agreements = groupBy(dataset.agreements);
  const coachings = groupBy(dataset.coachings);
  const analyses = groupBy(dataset.analyses);
  const funding = groupBy(dataset.funding);
  return dataset.municipalities
    .map((m): MunicipalityStatus => {
      const signed = (agreements.get(m.id) ?? [])
        .filter((a) => signedBy(a, asOf))
        .map((a) => a.date)
        .sort();
      const coaching = coachingState(coachings.get(m.id) ?? [], asOf);
      let analysis: AnalysisStatus | null = null;
      for (const a of analyses.get(m.id) ?? []) {
        const status = statusOn(a.statusHistory, asOf);
        if (status && (analysis === null || ANALYSIS_ORDER[status] > ANALYSIS_ORDER[analysis]))
          analysis = status;
      }
      let fundingRequested = 0;
      let fundingGranted = 0;
      for (const f of funding.get(m.id) ?? []) {
        if (f.submittedOn <= asOf) fundingRequested += f.amountRequested;
        const status = statusOn(f.statusHistory, asOf);
        if (status && GRANTED_FUNDING_STATUSES.includes(status))
          fundingGranted += f.amountGranted ?? 0;
      }
      const advisedOn = firstMilestone(m, asOf, 'advised');
      const councilOn = firstMilestone(m, asOf, 'council');
      const elements: ProgrammeElement[] = [];
      if (advisedOn) elements.push('advised');
      if (councilOn) elements.push('council');
      if (signed.length > 0) elements.push('agreement');
      if (coaching !== 'none') elements.push('coaching');
      if (analysis) elements.push('analysis');
      return {
        id: m.id,
        name: m.name,
        kind: m.kind,
        district: m.district,
        population: m.population,
        lat: m.lat,
        lon: m.lon,
        policeDirectorate: m.policeDirectorate,
        workspaceId: m.workspaceId,
        contactedOn: firstMilestone(m, asOf),
        advisedOn,
        councilOn,
        closeCooperationOn: firstMilestone(m, asOf, 'close_cooperation'),
        agreements: signed.length,
        agreementOn: signed[0] ?? null,
        coaching,
        analysis,
        fundingRequested,
        fundingGranted,
        elements,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

function fundingFigures(dataset: ProgrammeDataset, asOf: Day): FundingYearFigures[] {
  const asOfYear = Number(asOf.slice(0, 4));
  const years = new Map<number, FundingYearFigures>();
  const budgetOf = new Map(dataset.budgets.map((b) => [b.year, b.amount]));
  const yearEntry = (year: number): FundingYearFigures => {
    let entry = years.get(year);
    if (!entry) {
      const budget = budgetOf.get(year) ?? null;
      entry = {
        year,
        budget,
        applications: 0,
        requested: 0,
        granted: 0,
        remaining: budget,
        byField: [],
      };
      years.set(year, entry);
    }
    return entry;
  };
  for (const budget of dataset.budgets) if (budget.year <= asOfYear) yearEntry(budget.year);
  for (const application of dataset.funding) {
    if (application.submittedOn > asOf) continue;
    const entry = yearEntry(application.year);
    let field = entry.byField.find((f) => f.fieldOfAction === application.fieldOfAction);
    if (!field) {
      field = {
        fieldOfAction: application.fieldOfAction,
        applications: 0,
        requested: 0,
        granted: 0,
      };
      entry.byField.push(field);
    }
    const status = statusOn(application.statusHistory, asOf);
    const granted =
      status && GRANTED_FUNDING_STATUSES.includes(status) ? (application.amountGranted ?? 0) : 0;
    entry.applications += 1;
    entry.requested += application.amountRequested;
    entry.granted += granted;
    field.applications += 1;
    field.requested += application.amountRequested;
    field.granted += granted;
  }
  for (const entry of years.values()) {
    entry.remaining = entry.budget === null ? null : entry.budget - entry.granted;
    entry.byField.sort((a, b) => b.requested - a.requested);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** The dashboard figures on `asOf`. */
export function computeFigures(dataset: ProgrammeDataset, asOf: Day): Figures {
  const statuses = municipalityStatuses(dataset, asOf);
  const municipalities = statuses.filter((s) => s.kind === 'municipality');
  const byStatus = Object.fromEntries(ANALYSIS_STATUSES.map((s) => [s, 0])) as Record<
    AnalysisStatus,
    number
  >;
  let analysesTotal = 0;
  for (const analysis of dataset.analyses) {
    const status = statusOn(analysis.statusHistory, asOf);
    if (!status) continue;
    analysesTotal += 1;
    byStatus[status] += 1;
  }
  const started = dataset.coachings.filter((c) => c.start <= asOf);
  const finished = started.filter((c) => c.end !== null && c.end <= asOf).length;
  return {
    asOf,
    municipalities: {
      registered: municipalities.length,
      contacted: municipalities.filter((s) => s.contactedOn).length,
      advised: municipalities.filter((s) => s.advisedOn).length,
      closeCooperation: municipalities.filter((s) => s.closeCooperationOn).length,
    },
    councils: {
      municipalities: municipalities.filter((s) => s.councilOn).length,
      districts: statuses.filter((s) => s.kind === 'district' && s.councilOn).length,
    },
    agreements: dataset.agreements.filter((a) => signedBy(a, asOf)).length,
    coaching: { total: started.length, running: started.length - finished, finished },
    analyses: { total: analysesTotal, byStatus },
    funding: fundingFigures(dataset, asOf),
  };
}

/** Month ends from the programme start up to `to`, plus `to` itself. */
export function trendDates(to: Day): Day[] {
  const dates: Day[] = [];
  let month = endOfMonth(PROGRAMME_START);
  while (month < to) {
    dates.push(month);
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = endOfMonth(`${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-01`);
  }
  dates.push(to);
  return dates;
}

/** The headline counts at every month end up to `to`. */
export function computeTrend(dataset: ProgrammeDataset, to: Day): TrendPoint[] {
  return trendDates(to).map((date) => {
    const figures = computeFigures({ ...dataset, funding: [], budgets: [] }, date);
    return {
      date,
      contacted: figures.municipalities.contacted,
      advised: figures.municipalities.advised,
      closeCooperation: figures.municipalities.closeCooperation,
      councils: figures.councils.municipalities + figures.councils.districts,
      agreements: figures.agreements,
      coaching: figures.coaching.total,
      analyses: figures.analyses.total,
    };
  });
}
