import { FIELDS_OF_ACTION, applicationWindow, type Day, type FieldOfAction } from '@pnetz/shared';
import type { SeededRandom } from './random';
import type { SeedFunding, SeedMunicipality } from './types';

const BUDGET = 1_300_000;
/** Settlements are recorded up to this day. */
const LAST_DAY: Day = '2026-03-31';

const PROJECTS: Readonly<Record<FieldOfAction, string>> = {
  graffiti: 'Legale Graffitiflächen und Wandgestaltung',
  littering: 'Sauberer Stadtpark – Aktionstage mit Schulen',
  violence: 'Gewaltprävention an Oberschulen',
  extremism: 'Demokratiewerkstatt für Jugendliche',
  drugs: 'Suchtprävention im Jugendclub',
  public_order: 'Ordnungspartnerschaft Innenstadt',
  traffic: 'Sicherer Schulweg',
  public_space: 'Moderation von Nutzungskonflikten am Marktplatz',
  youth_protection: 'Jugendschutz bei Stadtfesten',
  domestic_violence: 'Netzwerk gegen häusliche Gewalt',
  burglary: 'Einbruchschutzberatung im Quartier',
  senior_safety: 'Sicher im Alter – Informationsreihe',
  urban_design: 'Angsträume erkennen und umgestalten',
};

const round50 = (value: number) => Math.round(value / 50) * 50;

function costItems(total: number): SeedFunding['costItems'] {
  const staff = round50(total * 0.6);
  const material = round50(total * 0.3);
  return [
    { label: 'Honorare und Personal', amount: staff, capital: false },
    { label: 'Sachkosten und Material', amount: material, capital: false },
    { label: 'Öffentlichkeitsarbeit', amount: total - staff - material, capital: false },
  ];
}

/**
 * Applications for each funding year from places advised before the application window,
 * filed inside it, mostly granted within the year's budget. Three applications break a rule on
 * purpose (late, too small an own share, capital spending) and were therefore not granted.
 */
export function buildFunding(
  random: SeededRandom,
  municipalities: readonly SeedMunicipality[],
  years: readonly number[],
  fixed: readonly SeedFunding[],
): SeedFunding[] {
  const applications: SeedFunding[] = [];
  const advisedOn = (m: SeedMunicipality) =>
    m.milestones.find((x) => x.kind === 'advised')?.date ?? null;
  for (const year of years) {
    const window = applicationWindow(year);
    let granted = fixed
      .filter((f) => f.year === year)
      .reduce((sum, f) => sum + (f.amountGranted ?? 0), 0);
    const eligible = random.shuffle(
      municipalities.filter((m) => (advisedOn(m) ?? '9999') < window.from),
    );
    for (const m of eligible.slice(0, random.int(22, 30))) {
      const fieldOfAction = random.pick(FIELDS_OF_ACTION);
      const amountRequested = round50(random.int(6_000, 60_000));
      const share = random.int(10, 25) / 100;
      const ownShare = Math.ceil((amountRequested * share) / (1 - share) / 50) * 50;
      const submittedOn = random.day(window.from, window.to);
      const decidedOn = random.day(`${year - 1}-12-01`, `${year - 1}-12-20`);
      const rejected = random.next() < 0.12 || granted + amountRequested > BUDGET;
      const settledOn = `${year + 1}-03-31`;
      const statusHistory: SeedFunding['statusHistory'] = [
        { status: 'applied', date: submittedOn },
      ];
      if (rejected) statusHistory.push({ status: 'rejected', date: decidedOn });
      else {
        statusHistory.push({ status: 'granted', date: decidedOn });
        if (settledOn <= LAST_DAY) statusHistory.push({ status: 'settled', date: settledOn });
        granted += amountRequested;
      }
      applications.push({
        municipality: m.name,
        year,
        project: PROJECTS[fieldOfAction],
        fieldOfAction,
        purpose: `${PROJECTS[fieldOfAction]} in ${m.name}.`,
        amountRequested,
        ownShare,
        costItems: costItems(amountRequested + ownShare),
        submittedOn,
        statusHistory,
        amountGranted: rejected ? null : amountRequested,
      });
    }
  }
  return [...applications, ...ruleBreakers(municipalities, advisedOn)];
}

function ruleBreakers(
  municipalities: readonly SeedMunicipality[],
  advisedOn: (m: SeedMunicipality) => Day | null,
): SeedFunding[] {
  const [late, small, capital] = municipalities.filter(
    (m) => (advisedOn(m) ?? '9999') < '2021-01-01',
  );
  const base = { purpose: '', costItems: [] as SeedFunding['costItems'], amountGranted: null };
  return [
    {
      ...base,
      municipality: late!.name,
      year: 2023,
      project: PROJECTS.traffic,
      fieldOfAction: 'traffic',
      amountRequested: 12_000,
      ownShare: 2_000,
      costItems: costItems(14_000),
      submittedOn: '2022-11-02',
      statusHistory: [
        { status: 'applied', date: '2022-11-02' },
        { status: 'rejected', date: '2022-12-12' },
      ],
    },
    {
      ...base,
      municipality: small!.name,
      year: 2026,
      project: PROJECTS.senior_safety,
      fieldOfAction: 'senior_safety',
      amountRequested: 19_000,
      ownShare: 1_000,
      costItems: costItems(20_000),
      submittedOn: '2025-09-24',
      statusHistory: [{ status: 'applied', date: '2025-09-24' }],
    },
    {
      ...base,
      municipality: capital!.name,
      year: 2026,
      project: 'Videoschutz am Bahnhofsvorplatz',
      fieldOfAction: 'public_order',
      amountRequested: 36_000,
      ownShare: 9_000,
      costItems: [
        { label: 'Anschaffung Kameratechnik', amount: 38_000, capital: true },
        { label: 'Beschilderung und Information', amount: 7_000, capital: false },
      ],
      submittedOn: '2025-10-07',
      statusHistory: [{ status: 'applied', date: '2025-10-07' }],
    },
  ];
}
