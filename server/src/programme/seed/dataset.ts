import type { Day, MilestoneKind } from '@pnetz/shared';
import { buildFunding } from './funding';
import {
  NAMED_AGREEMENTS,
  NAMED_ANALYSES,
  NAMED_COACHINGS,
  NAMED_FUNDING,
  NAMED_MILESTONES,
} from './named';
import { DISTRICT_PLACES, POLICE_BY_DISTRICT, SAXON_PLACES, type Place } from './places';
import { SeededRandom } from './random';
import { analysisRecord, coachingRecord, signatoriesFor } from './records';
import type { Metric, SeedAgreement, SeedMunicipality, SeedProgramme } from './types';

/**
 * The demo programme. It is generated (deterministically) so that the figures computed from it
 * equal the ones the ministry published (docs/DOMAIN.md), with the meanings documented on
 * `FiguresSchema`:
 *
 * | as of      | contacted | advised | close coop. | councils      | agreements | coaching | analyses |
 * | ---------- | --------- | ------- | ----------- | ------------- | ---------- | -------- | -------- |
 * | 2021-05-31 |           | 109     |             | 22            |            |          |          |
 * | 2021-11-30 | 126       |         |             | 26 + 2 distr. | 29         | 32       |          |
 * | 2022-12-31 |           | 132     | 53          | 27            | 36         | 37       | 25       |
 *
 * Each metric has a quota per period; the named places from the press releases keep their
 * documented dates and count towards the quotas, the other places are drawn at random.
 */
export const PERIODS = [
  { from: '2019-02-06', to: '2021-05-31' },
  { from: '2021-06-01', to: '2021-11-30' },
  { from: '2021-12-01', to: '2022-12-31' },
  { from: '2023-01-01', to: '2025-06-30' },
] as const;

/** The published checkpoints, as days (the ends of the first three periods). */
export const CHECKPOINTS = {
  may2021: '2021-05-31',
  nov2021: '2021-11-30',
  end2022: '2022-12-31',
} as const;

/** How many places newly reach each metric in each period. */
export const QUOTAS: Readonly<Record<Metric, readonly [number, number, number, number]>> = {
  advised: [109, 9, 14, 3],
  council: [22, 4, 1, 2],
  close_cooperation: [30, 10, 13, 4],
  agreement: [24, 5, 7, 3],
  coaching: [25, 7, 5, 3],
  analysis: [8, 6, 11, 3],
};
export const CONTACTED_BY_NOV_2021 = 126;
const DISTRICT_COUNCILS: readonly Day[] = ['2021-07-06', '2021-09-21'];

const periodOf = (day: Day) => PERIODS.findIndex((p) => day >= p.from && day <= p.to);

function toMunicipality(place: Place, kind: SeedMunicipality['kind']): SeedMunicipality {
  const [name, district, lat, lon, population] = place;
  return {
    name,
    kind,
    district,
    lat,
    lon,
    population,
    policeDirectorate: POLICE_BY_DISTRICT[district] ?? '',
    milestones: [],
  };
}

const milestone = (m: SeedMunicipality, kind: MilestoneKind) =>
  m.milestones.find((x) => x.kind === kind)?.date ?? null;

export function buildDemoProgramme(): SeedProgramme {
  const random = new SeededRandom(20190206);
  const municipalities = SAXON_PLACES.map((place) => toMunicipality(place, 'municipality'));
  const byName = new Map(municipalities.map((m) => [m.name, m]));
  const named = new Set(Object.keys(NAMED_MILESTONES));

  for (const [name, dates] of Object.entries(NAMED_MILESTONES)) {
    const municipality = byName.get(name);
    if (!municipality) throw new Error(`Named place ${name} is missing from the places`);
    for (const [kind, date] of Object.entries(dates))
      municipality.milestones.push({ kind: kind as MilestoneKind, date, note: '' });
  }

  // Who was advised when: the quota of each period minus the named places advised in it.
  const free = random.shuffle(municipalities.filter((m) => !named.has(m.name)));
  const namedIn = (dates: readonly (Day | null | undefined)[], period: number) =>
    dates.filter((d) => d && periodOf(d) === period).length;
  const namedMilestones = (kind: MilestoneKind) =>
    Object.values(NAMED_MILESTONES).map((d) => d[kind]);
  let cursor = 0;
  const advisedLate: SeedMunicipality[] = [];
  PERIODS.forEach((period, k) => {
    const count = QUOTAS.advised[k]! - namedIn(namedMilestones('advised'), k);
    for (let i = 0; i < count; i++) {
      const m = free[cursor++]!;
      const advised = random.day(period.from, period.to);
      m.milestones.push({ kind: 'contacted', date: random.day(period.from, advised), note: '' });
      m.milestones.push({ kind: 'advised', date: advised, note: '' });
      if (k >= 2) advisedLate.push(m);
    }
  });
  // Some places advised later were contacted already by November 2021 (the published 126).
  const contactedByNov = municipalities.filter(
    (m) => (milestone(m, 'contacted') ?? '9999') <= CHECKPOINTS.nov2021,
  ).length;
  const earlyContacts = CONTACTED_BY_NOV_2021 - contactedByNov;
  if (earlyContacts < 0 || earlyContacts > advisedLate.length)
    throw new Error('Demo quotas for contacts do not fit');
  for (const m of advisedLate.slice(0, earlyContacts)) {
    m.milestones.find((x) => x.kind === 'contacted')!.date = random.day(
      PERIODS[1].from,
      PERIODS[1].to,
    );
  }
  // Of the places never advised, a few were contacted in 2022; the others are only in the registry.
  for (const m of free.slice(cursor, cursor + 3)) {
    m.milestones.push({
      kind: 'contacted',
      date: random.day(PERIODS[2].from, PERIODS[2].to),
      note: '',
    });
  }

  const districts = DISTRICT_PLACES.map((place) => toMunicipality(place, 'district'));
  districts.forEach((district, i) => {
    district.milestones.push({
      kind: 'contacted',
      date: random.day('2020-09-01', '2021-03-31'),
      note: '',
    });
    district.milestones.push({ kind: 'council', date: DISTRICT_COUNCILS[i]!, note: '' });
  });

  // The further metrics, each on places advised by then; places further along are preferred.
  const reached = new Map<Metric, Map<string, Day>>();
  const order = new Map(free.map((m, i) => [m.name, i]));
  const score = (m: SeedMunicipality) =>
    [...reached.values()].filter((map) => map.has(m.name)).length;
  const namedDates: Record<Exclude<Metric, 'advised'>, Array<Day | undefined>> = {
    council: namedMilestones('council'),
    close_cooperation: namedMilestones('close_cooperation'),
    agreement: NAMED_AGREEMENTS.map((a) => a.date),
    coaching: NAMED_COACHINGS.map((c) => c.start),
    analysis: NAMED_ANALYSES.map((a) => a.start),
  };
  for (const metric of [
    'council',
    'close_cooperation',
    'agreement',
    'coaching',
    'analysis',
  ] as const) {
    const dates = new Map<string, Day>();
    reached.set(metric, dates);
    PERIODS.forEach((period, k) => {
      const count = QUOTAS[metric][k]! - namedIn(namedDates[metric], k);
      const candidates = free
        .filter((m) => !dates.has(m.name) && (milestone(m, 'advised') ?? '9999') <= period.to)
        .sort((a, b) => score(b) - score(a) || order.get(a.name)! - order.get(b.name)!);
      if (candidates.length < count)
        throw new Error(`Not enough places for ${metric} in period ${k}`);
      for (const m of candidates.slice(0, count)) {
        const advised = milestone(m, 'advised')!;
        dates.set(m.name, random.day(advised > period.from ? advised : period.from, period.to));
      }
    });
  }

  for (const kind of ['council', 'close_cooperation'] as const) {
    for (const [name, date] of reached.get(kind)!)
      byName.get(name)!.milestones.push({ kind, date, note: '' });
  }
  const all = [...municipalities, ...districts];
  for (const m of all) m.milestones.sort((a, b) => a.date.localeCompare(b.date));

  const agreements: SeedAgreement[] = [
    ...NAMED_AGREEMENTS.map((a) => ({
      ...a,
      status: 'signed' as const,
      signatories: signatoriesFor(byName.get(a.municipality)!),
    })),
    ...[...reached.get('agreement')!].map(([name, date]) => ({
      municipality: name,
      date,
      status: 'signed' as const,
      signatories: signatoriesFor(byName.get(name)!),
      notes: '',
    })),
  ];
  // Two agreements still being prepared: they do not count until signed.
  const preparing = free
    .filter((m) => milestone(m, 'close_cooperation') && !reached.get('agreement')!.has(m.name))
    .slice(0, 2);
  for (const m of preparing) {
    agreements.push({
      municipality: m.name,
      date: '2025-09-30',
      status: 'draft',
      signatories: signatoriesFor(m),
      notes: 'Entwurf in Abstimmung.',
    });
  }

  const coachings = [
    ...NAMED_COACHINGS.map((c) => coachingRecord(random, c.municipality, c.start, c.end)),
    ...[...reached.get('coaching')!].map(([name, start]) => coachingRecord(random, name, start)),
  ];
  const analyses = [
    ...NAMED_ANALYSES.map((a) => ({
      ...analysisRecord(random, a.municipality, a.start),
      findings: a.findings,
      recommendations: a.recommendations,
    })),
    ...[...reached.get('analysis')!].map(([name, start]) => analysisRecord(random, name, start)),
  ];
  const years = [2020, 2021, 2022, 2023, 2024, 2025, 2026];
  return {
    municipalities: all,
    agreements,
    coachings,
    analyses,
    funding: [...NAMED_FUNDING, ...buildFunding(random, municipalities, years, NAMED_FUNDING)],
    budgets: years.map((year) => ({ year, amount: 1_300_000 })),
  };
}
