import type { CreateReportBody, Project, Report, ReportQuality } from '@pnetz/shared';

export type Draft = Required<Omit<CreateReportBody, 'projectId'>>;
export const SECTIONS = [
  'whatWasDone',
  'whatWorked',
  'whatDidNotWork',
  'costAndEffort',
  'partners',
  'replicationNotes',
] as const;
export const CRITERIA = ['clearProblem', 'interventionLogic', 'evaluated', 'replicable'] as const;

export const EMPTY: Draft = {
  title: '',
  summary: '',
  fieldsOfAction: [],
  whatWasDone: '',
  whatWorked: '',
  whatDidNotWork: '',
  costAndEffort: '',
  partners: '',
  replicationNotes: '',
  contact: { name: '', organisation: '', email: '', phone: '' },
  quality: { clearProblem: false, interventionLogic: false, evaluated: false, replicable: false },
  evidenceLevel: null,
  visibility: 'draft',
};

/** The editable part of a stored report (the update accepts nothing else): the draft's fields. */
export function pick(report: Report): Draft {
  const keys = Object.keys(EMPTY) as Array<keyof Draft>;
  return Object.fromEntries(keys.map((key) => [key, report[key]])) as Draft;
}

/** What a project already says, as a first draft of the report (the authors edit it). */
export function fromProject(project: Project): Partial<Draft> {
  const quality: ReportQuality = {
    clearProblem: Boolean(project.problem.what),
    interventionLogic: Boolean(project.interventionLogic),
    evaluated: project.evaluation.type !== 'none',
    replicable: Boolean(project.replicationNotes),
  };
  return {
    title: project.title,
    summary: project.summary,
    fieldsOfAction: project.fieldsOfAction,
    whatWasDone: [project.approach, project.implementation].filter(Boolean).join('\n\n'),
    whatWorked: project.evaluation.result,
    partners: project.partners
      .map((p) => (p.role ? `${p.organisation} (${p.role})` : p.organisation))
      .join(', '),
    replicationNotes: project.replicationNotes,
    contact: {
      name: project.contact.name,
      organisation: project.contact.organisation,
      email: project.contact.email,
      phone: project.contact.phone,
    },
    quality,
    evidenceLevel: project.evidenceLevel,
  };
}
