import { addDays, type AnalysisStatus, type Day } from '@pnetz/shared';
import type { SeededRandom } from './random';
import type { SeedAnalysis, SeedCoaching, SeedMunicipality } from './types';

/** Nothing in the demo data happens after this day. */
const LAST_DAY: Day = '2025-06-30';

/** Invented coaches (initial and a common surname); no real person is meant. */
const COACHES = [
  'A. Berger',
  'K. Lindner',
  'S. Wolf',
  'M. Franke',
  'J. Seidel',
  'C. Vogt',
] as const;

/** Offices, not people, sign in the demo data. */
export function signatoriesFor(
  m: SeedMunicipality,
): Array<{ name: string; role: 'mayor' | 'lpr' | 'police' | 'district'; organisation: string }> {
  const office =
    m.kind === 'district'
      ? { name: `Landrätin/Landrat ${m.name}`, role: 'district' as const, organisation: m.name }
      : {
          name: `Bürgermeisterin/Bürgermeister ${m.name}`,
          role: 'mayor' as const,
          organisation: m.name,
        };
  return [
    office,
    {
      name: 'Geschäftsstelle Landespräventionsrat',
      role: 'lpr',
      organisation: 'Landespräventionsrat Sachsen',
    },
    ...(m.policeDirectorate
      ? [
          {
            name: `Leitung ${m.policeDirectorate}`,
            role: 'police' as const,
            organisation: m.policeDirectorate,
          },
        ]
      : []),
  ];
}

const PHASES = [
  ['Auftragsklärung', 0, 30],
  ['Lageanalyse', 31, 120],
  ['Konzeption', 121, 210],
  ['Umsetzungsbegleitung', 211, null],
] as const;

/** A coaching process of ten to sixteen months; still running if it would end after the data ends. */
export function coachingRecord(
  random: SeededRandom,
  municipality: string,
  start: Day,
  fixedEnd?: Day | null,
): SeedCoaching {
  const planned = fixedEnd ?? addDays(start, random.int(300, 480));
  const end = planned <= LAST_DAY ? planned : null;
  const phases = PHASES.map(([name, from, to]) => ({
    name,
    start: addDays(start, from),
    end: to === null ? end : addDays(start, to),
  })).filter((phase) => phase.start <= LAST_DAY);
  return {
    municipality,
    coach: random.pick(COACHES),
    start,
    end,
    phases: phases.map((phase) => ({
      ...phase,
      end: phase.end !== null && phase.end > LAST_DAY ? null : phase.end,
    })),
    outcome: end
      ? 'Präventionsrat arbeitsfähig, Handlungskonzept beschlossen, Verstetigung vereinbart.'
      : '',
  };
}

/** About 20 weeks from agreement to report (docs/DOMAIN.md). */
const STEPS: ReadonlyArray<readonly [AnalysisStatus, number]> = [
  ['agreed', 0],
  ['data_collection', 21],
  ['survey', 49],
  ['evaluation', 91],
  ['report_delivered', 140],
];

const FINDINGS = [
  [
    'Das Sicherheitsgefühl im Stadtzentrum ist abends deutlich geringer als tagsüber.',
    'Beleuchtung und Aufenthaltsqualität zentraler Plätze verbessern.',
  ],
  [
    'Vermüllung und Sachbeschädigung werden als größtes Ordnungsproblem genannt.',
    'Gemeinsame Aktionstage von Verwaltung, Vereinen und Schulen einführen.',
  ],
  [
    'Ältere Menschen fürchten Betrug an der Haustür und am Telefon.',
    'Informationsabende zur Seniorensicherheit mit der Polizei anbieten.',
  ],
  [
    'Jugendliche wünschen sich mehr betreute Treffpunkte.',
    'Angebote der offenen Jugendarbeit in den Abendstunden ausbauen.',
  ],
] as const;

export function analysisRecord(
  random: SeededRandom,
  municipality: string,
  start: Day,
): SeedAnalysis {
  const statusHistory = STEPS.map(([status, offset]) => ({
    status,
    date: addDays(start, offset),
  })).filter((entry) => entry.date <= LAST_DAY);
  const delivered = statusHistory.at(-1)?.status === 'report_delivered';
  const picked = random.shuffle(FINDINGS).slice(0, 2);
  return {
    municipality,
    statusHistory,
    surveySize: 1000,
    returnRate: statusHistory.some((e) => e.status === 'evaluation')
      ? random.int(330, 460) / 10
      : null,
    findings: delivered ? picked.map(([text], i) => ({ key: `f${i + 1}`, text })) : [],
    recommendations: delivered
      ? picked.map(([, text], i) => ({ key: `r${i + 1}`, text, findingKeys: [`f${i + 1}`] }))
      : [],
  };
}
