import type {
  EvidenceLevel,
  Language,
  OrganisationType,
  ProjectSetting,
  ProjectStatus,
  Visibility,
} from '@pnetz/shared';
import { projectLinks, totalCost } from '@pnetz/shared';
import { toCsv } from '../files/csv';
import { EXPORT_LABELS } from '../plans/export/labels';
import type { ProjectRecord } from './project.model';
import { workspaceRefs } from './projects.presenter';

interface Labels {
  header: string[];
  status: Record<ProjectStatus, string>;
  setting: Record<ProjectSetting, string>;
  evidence: Record<EvidenceLevel, string>;
  visibility: Record<Visibility, string>;
  org: Record<OrganisationType, string>;
  draft: string;
}

const LABELS: Record<Language, Labels> = {
  de: {
    header: [
      'Titel',
      'Präventionsrat',
      'Kommune',
      'Status',
      'Handlungsfelder',
      'Setting',
      'Zielgruppen',
      'Partner',
      'Beginn',
      'Ende',
      'Förderjahr',
      'Gesamtkosten (EUR)',
      'Beantragt (EUR)',
      'Bewilligt (EUR)',
      'Eigenanteil (EUR)',
      'Evidenz',
      'Sichtbarkeit',
      'Zuletzt geändert',
      'Link',
    ],
    status: {
      idea: 'Idee',
      planning: 'in Planung',
      running: 'laufend',
      completed: 'abgeschlossen',
      paused: 'pausiert',
    },
    setting: {
      school: 'Schule',
      kita: 'Kita',
      public_space: 'öffentlicher Raum',
      neighbourhood: 'Quartier',
      family: 'Familie',
      online: 'online',
    },
    evidence: {
      theoretical: 'theoretisch gut begründet',
      probable: 'wahrscheinlich wirksam',
      proven: 'nachgewiesen wirksam',
    },
    visibility: {
      workspace: 'nur Präventionsrat',
      network: 'Präventionsnetz',
      public: 'öffentlich',
    },
    org: {
      police: 'Polizei',
      school: 'Schule/Kita',
      association: 'Verein/Träger',
      municipal: 'Verwaltung',
      lpr: 'LPR',
      other: 'Sonstige',
    },
    draft: 'Entwurf',
  },
  en: {
    header: [
      'Title',
      'Council',
      'Municipality',
      'Status',
      'Fields of action',
      'Setting',
      'Target groups',
      'Partners',
      'Start',
      'End',
      'Funding year',
      'Total cost (EUR)',
      'Requested (EUR)',
      'Granted (EUR)',
      'Own share (EUR)',
      'Evidence',
      'Visibility',
      'Last changed',
      'Link',
    ],
    status: {
      idea: 'idea',
      planning: 'planning',
      running: 'running',
      completed: 'completed',
      paused: 'paused',
    },
    setting: {
      school: 'school',
      kita: 'day care',
      public_space: 'public space',
      neighbourhood: 'neighbourhood',
      family: 'family',
      online: 'online',
    },
    evidence: {
      theoretical: 'theoretically well founded',
      probable: 'probably effective',
      proven: 'proven effective',
    },
    visibility: { workspace: 'council only', network: 'network', public: 'public' },
    org: {
      police: 'Police',
      school: 'School/day care',
      association: 'Association',
      municipal: 'Administration',
      lpr: 'LPR',
      other: 'Other',
    },
    draft: 'draft',
  },
};

/** The project list as a spreadsheet, in the language of the person exporting it. */
export async function projectsCsv(
  records: ProjectRecord[],
  language: Language,
  baseUrl: string,
): Promise<Buffer> {
  const labels = LABELS[language];
  const fields = EXPORT_LABELS[language].field;
  const workspaces = await workspaceRefs([...new Set(records.map((r) => r.workspaceId))]);
  const rows = records.map((r) => {
    const workspace = workspaces.get(r.workspaceId.toHexString());
    const groups = [r.targetGroups.primary, r.targetGroups.secondary].filter(Boolean).join(' / ');
    return [
      r.title,
      workspace?.name ?? '',
      workspace?.municipality ?? '',
      r.draft ? `${labels.status[r.status]} (${labels.draft})` : labels.status[r.status],
      r.fieldsOfAction.map((f) => fields[f]).join(', '),
      r.settings.map((s) => labels.setting[s]).join(', '),
      groups,
      r.partners.map((p) => `${p.organisation} (${labels.org[p.type]})`).join(', '),
      r.timeline.start,
      r.timeline.end,
      r.funding.year,
      r.costPlan.length ? totalCost(r.costPlan) : null,
      r.funding.requested,
      r.funding.granted,
      r.funding.ownShare,
      r.evidenceLevel ? labels.evidence[r.evidenceLevel] : '',
      labels.visibility[r.visibility],
      r.updatedAt.toISOString().slice(0, 10),
      `${baseUrl}${projectLinks.project(r.workspaceId.toHexString(), r._id.toHexString())}`,
    ];
  });
  return toCsv(labels.header, rows, { decimalComma: language === 'de' });
}
