import type {
  AnalysisStatus,
  CoachingState,
  FundingStatus,
  Language,
  MunicipalityKind,
  ProgrammeElement,
} from '@pnetz/shared';
import { EXPORT_LABELS } from '../../plans/export/labels';

/** Texts of the programme exports and the report; they follow the language of the person exporting. */
export const PROGRAMME_LABELS = {
  de: {
    reportTitle: 'Allianz Sichere Sächsische Kommunen – Programmbericht',
    reportSubtitle: 'Landespräventionsrat Sachsen',
    asOf: 'Stand',
    figures: 'Kennzahlen',
    figure: 'Kennzahl',
    value: 'Wert',
    map: 'Karte der Kommunen',
    mapLegendNote:
      'Jede Kommune erscheint einmal, mit ihrem am weitesten fortgeschrittenen Schritt. Die Zahlen in Klammern zählen Kommunen nach diesem Schritt, nicht alle Vorgänge; diese stehen in den Kennzahlen auf Seite 1.',
    municipalitiesSheet: 'Kommunen',
    fundingSheet: 'Fördermittel',
    fundingYearsSheet: 'Förderjahre',
    rows: {
      registered: 'Kommunen im Register',
      contacted: 'Kommunen kontaktiert',
      advised: 'Kommunen beraten',
      closeCooperation: 'Kommunen in enger Zusammenarbeit',
      councils: 'Kommunale Präventionsräte (gegründet oder reaktiviert)',
      districtCouncils: 'Präventionsräte auf Kreisebene',
      agreements: 'Kooperationsvereinbarungen',
      coachingTotal: 'ASSKomm-Coachings',
      coachingRunning: 'davon laufend',
      coachingFinished: 'davon abgeschlossen',
      analyses: 'Sicherheitsanalysen',
    },
    fundingColumns: ['Förderjahr', 'Budget', 'Anträge', 'Beantragt', 'Bewilligt', 'Verbleibend'],
    municipalityColumns: [
      'Kommune',
      'Art',
      'Landkreis',
      'Einwohner',
      'Polizeidirektion',
      'Breitengrad',
      'Längengrad',
      'Kontakt seit',
      'Beraten seit',
      'KPR seit',
      'Enge Zusammenarbeit seit',
      'Kooperationsvereinbarungen',
      'Erste Vereinbarung',
      'Coaching',
      'Sicherheitsanalyse',
      'Fördermittel beantragt (EUR)',
      'Fördermittel bewilligt (EUR)',
    ],
    applicationColumns: [
      'Kommune',
      'Förderjahr',
      'Projekt',
      'Handlungsfeld',
      'Zweck',
      'Beantragt (EUR)',
      'Eigenanteil (EUR)',
      'Gesamtkosten (EUR)',
      'Eigenanteil (%)',
      'Eingereicht am',
      'Status',
      'Bewilligt (EUR)',
      'Hinweise zu Förderregeln',
    ],
    kind: { municipality: 'Kommune', district: 'Landkreis' } satisfies Record<
      MunicipalityKind,
      string
    >,
    coaching: { none: 'keins', running: 'laufend', finished: 'abgeschlossen' } satisfies Record<
      CoachingState,
      string
    >,
    analysis: {
      agreed: 'vereinbart',
      data_collection: 'Datenerhebung',
      survey: 'Befragung',
      evaluation: 'Auswertung',
      report_delivered: 'Bericht übergeben',
    } satisfies Record<AnalysisStatus, string>,
    funding: {
      applied: 'beantragt',
      granted: 'bewilligt',
      rejected: 'abgelehnt',
      settled: 'abgerechnet',
    } satisfies Record<FundingStatus, string>,
    element: {
      advised: 'beraten',
      council: 'Präventionsrat',
      agreement: 'Kooperationsvereinbarung',
      coaching: 'Coaching',
      analysis: 'Sicherheitsanalyse',
    } satisfies Record<ProgrammeElement, string>,
    notYet: 'noch nicht',
    field: EXPORT_LABELS.de.field,
  },
  en: {
    reportTitle: 'Alliance for Safe Saxon Municipalities – programme report',
    reportSubtitle: 'Landespräventionsrat Sachsen (state prevention council)',
    asOf: 'As of',
    figures: 'Figures',
    figure: 'Figure',
    value: 'Value',
    map: 'Map of the municipalities',
    mapLegendNote:
      'Each municipality appears once, with its furthest step. The numbers in brackets count municipalities by that step, not all records; those are in the figures on page 1.',
    municipalitiesSheet: 'Municipalities',
    fundingSheet: 'Funding',
    fundingYearsSheet: 'Funding years',
    rows: {
      registered: 'Municipalities in the registry',
      contacted: 'Municipalities contacted',
      advised: 'Municipalities advised',
      closeCooperation: 'Municipalities in close cooperation',
      councils: 'Municipal prevention councils (constituted or reactivated)',
      districtCouncils: 'District prevention councils',
      agreements: 'Cooperation agreements',
      coachingTotal: 'ASSKomm coaching processes',
      coachingRunning: 'of which running',
      coachingFinished: 'of which finished',
      analyses: 'Security analyses',
    },
    fundingColumns: ['Funding year', 'Budget', 'Applications', 'Requested', 'Granted', 'Remaining'],
    municipalityColumns: [
      'Municipality',
      'Kind',
      'District',
      'Population',
      'Police directorate',
      'Latitude',
      'Longitude',
      'Contacted on',
      'Advised on',
      'Council since',
      'Close cooperation since',
      'Cooperation agreements',
      'First agreement',
      'Coaching',
      'Security analysis',
      'Funding requested (EUR)',
      'Funding granted (EUR)',
    ],
    applicationColumns: [
      'Municipality',
      'Funding year',
      'Project',
      'Field of action',
      'Purpose',
      'Requested (EUR)',
      'Own share (EUR)',
      'Total cost (EUR)',
      'Own share (%)',
      'Submitted on',
      'Status',
      'Granted (EUR)',
      'Funding rule notes',
    ],
    kind: { municipality: 'Municipality', district: 'District' } satisfies Record<
      MunicipalityKind,
      string
    >,
    coaching: { none: 'none', running: 'running', finished: 'finished' } satisfies Record<
      CoachingState,
      string
    >,
    analysis: {
      agreed: 'agreed',
      data_collection: 'data collection',
      survey: 'survey',
      evaluation: 'evaluation',
      report_delivered: 'report delivered',
    } satisfies Record<AnalysisStatus, string>,
    funding: {
      applied: 'applied',
      granted: 'granted',
      rejected: 'rejected',
      settled: 'settled',
    } satisfies Record<FundingStatus, string>,
    element: {
      advised: 'advised',
      council: 'prevention council',
      agreement: 'cooperation agreement',
      coaching: 'coaching',
      analysis: 'security analysis',
    } satisfies Record<ProgrammeElement, string>,
    notYet: 'not yet',
    field: EXPORT_LABELS.en.field,
  },
} as const satisfies Record<Language, unknown>;

export type ProgrammeLabels = (typeof PROGRAMME_LABELS)[Language];

/** 18.05.2021 in German, 2021-05-18 in English. */
export function formatDay(day: string | null, language: Language): string {
  if (!day) return '';
  if (language === 'en') return day;
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}
