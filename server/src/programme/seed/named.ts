import type { Day, MilestoneKind } from '@pnetz/shared';
import type { SeedAgreement, SeedAnalysis, SeedCoaching, SeedFunding } from './types';

/**
 * What the programme's press releases say about named places (docs/DOMAIN.md), as dated records.
 * Signatories are named by their office only: the demo data names no person.
 */
export const NAMED_MILESTONES: Readonly<Record<string, Partial<Record<MilestoneKind, Day>>>> = {
  Leipzig: {
    contacted: '2019-03-01',
    advised: '2019-05-14',
    council: '2019-09-03',
    close_cooperation: '2020-01-20',
  },
  Chemnitz: {
    contacted: '2019-04-02',
    advised: '2019-06-18',
    council: '2019-11-12',
    close_cooperation: '2020-06-30',
  },
  Zwickau: { contacted: '2019-06-03', advised: '2019-09-10', council: '2020-02-18' },
  'Frankenberg/Sa.': {
    contacted: '2019-10-01',
    advised: '2019-11-26',
    council: '2020-06-09',
    close_cooperation: '2021-01-27',
  },
  Bannewitz: {
    contacted: '2020-01-15',
    advised: '2020-02-20',
    council: '2020-11-03',
    close_cooperation: '2021-02-01',
  },
  Flöha: { contacted: '2020-02-11', advised: '2020-04-21', close_cooperation: '2021-09-14' },
  // Cooperation with the LPR since June 2020; the council exists; agreement on 18 May 2021.
  Glauchau: {
    contacted: '2020-03-10',
    advised: '2020-06-16',
    council: '2020-09-22',
    close_cooperation: '2021-05-18',
  },
  Eibenstock: { contacted: '2020-05-04', advised: '2020-07-08', council: '2021-03-16' },
  Johanngeorgenstadt: { contacted: '2020-08-11', advised: '2020-10-06' },
  Belgershain: { contacted: '2020-10-13', advised: '2021-01-19' },
  Parthenstein: { contacted: '2020-10-13', advised: '2021-01-19' },
  // Agreement in 2022, the tenth in East Saxony.
  Königswartha: {
    contacted: '2021-02-03',
    advised: '2021-04-20',
    council: '2021-10-12',
    close_cooperation: '2022-05-24',
  },
};

export const NAMED_AGREEMENTS: ReadonlyArray<
  Pick<SeedAgreement, 'municipality' | 'date' | 'notes'>
> = [
  { municipality: 'Leipzig', date: '2020-01-20', notes: '' },
  { municipality: 'Chemnitz', date: '2020-06-30', notes: '' },
  { municipality: 'Frankenberg/Sa.', date: '2021-01-27', notes: '' },
  {
    municipality: 'Glauchau',
    date: '2021-05-18',
    notes: 'Nächste Schritte: ASSKomm-Coaching und Sicherheitsanalyse.',
  },
  { municipality: 'Flöha', date: '2021-09-14', notes: '' },
  {
    municipality: 'Königswartha',
    date: '2022-05-24',
    notes: 'Zehnte Kooperationsvereinbarung in Ostsachsen.',
  },
];

export const NAMED_COACHINGS: ReadonlyArray<Pick<SeedCoaching, 'municipality' | 'start' | 'end'>> =
  [
    { municipality: 'Leipzig', start: '2020-03-02', end: '2021-03-31' },
    { municipality: 'Eibenstock', start: '2021-04-06', end: '2022-03-31' },
    { municipality: 'Glauchau', start: '2021-09-01', end: '2022-10-31' },
  ];

export const NAMED_ANALYSES: ReadonlyArray<
  Pick<SeedAnalysis, 'municipality' | 'findings' | 'recommendations'> & { start: Day }
> = [
  {
    municipality: 'Bannewitz',
    start: '2021-03-15',
    findings: [
      { key: 'f1', text: 'Ein Drittel der Befragten meidet abends den Bereich um den Busbahnhof.' },
      {
        key: 'f2',
        text: 'Sachbeschädigungen an Haltestellen und Spielplätzen nehmen seit 2019 zu.',
      },
    ],
    recommendations: [
      {
        key: 'r1',
        text: 'Beleuchtung und Sichtachsen am Busbahnhof verbessern.',
        findingKeys: ['f1'],
      },
      {
        key: 'r2',
        text: 'Patenschaften für Spielplätze mit Vereinen und Schulen aufbauen.',
        findingKeys: ['f2'],
      },
    ],
  },
  {
    municipality: 'Glauchau',
    start: '2022-03-01',
    findings: [
      {
        key: 'f1',
        text: 'Illegale Graffiti prägen das Bild der Innenstadt und mindern das Sicherheitsgefühl.',
      },
      { key: 'f2', text: 'Jugendliche vermissen betreute Treffpunkte in den Abendstunden.' },
    ],
    recommendations: [
      {
        key: 'r1',
        text: 'Legale Flächen und professionell gestaltete Wandbilder ausweiten.',
        findingKeys: ['f1'],
        measureHint: 'Graffiti',
      },
      {
        key: 'r2',
        text: 'Aufsuchende Jugendarbeit (Streetwork) am Abend verstärken.',
        findingKeys: ['f2'],
        measureHint: 'Straßensozialarbeit',
      },
    ],
  },
];

/** Glauchau, December 2020: 29,250 EUR to replace illegal graffiti with professionally made murals. */
export const NAMED_FUNDING: readonly SeedFunding[] = [
  {
    municipality: 'Glauchau',
    year: 2021,
    project: 'Wandbilder statt illegaler Graffiti',
    fieldOfAction: 'graffiti',
    purpose:
      'Professionell gestaltete Wandbilder ersetzen illegale Graffiti an Unterführungen in der Innenstadt.',
    amountRequested: 29_250,
    ownShare: 3_250,
    costItems: [
      { label: 'Honorare Künstlerinnen und Künstler', amount: 24_000 },
      { label: 'Farben und Material', amount: 6_500 },
      { label: 'Beteiligung von Jugendlichen (Workshops)', amount: 2_000 },
    ].map((item) => ({ ...item, capital: false })),
    submittedOn: '2020-09-15',
    statusHistory: [
      { status: 'applied', date: '2020-09-15' },
      { status: 'granted', date: '2020-12-10' },
      { status: 'settled', date: '2022-03-15' },
    ],
    amountGranted: 29_250,
  },
];
