import type { Member, ProjectFields } from '@pnetz/shared';

/** The guided form follows the Beccaria standards: problem → causes → goals → approach → implementation → evaluation. */
export const STEPS = [
  'basics',
  'problem',
  'causes',
  'goals',
  'approach',
  'implementation',
  'evaluation',
] as const;
export type Step = (typeof STEPS)[number];

const STEP_OF_FIELD: Record<keyof ProjectFields, Step> = {
  title: 'basics',
  summary: 'basics',
  fieldsOfAction: 'basics',
  status: 'basics',
  settings: 'basics',
  visibility: 'basics',
  problem: 'problem',
  recommendation: 'problem',
  causes: 'causes',
  riskFactors: 'causes',
  protectiveFactors: 'causes',
  preventionGoal: 'goals',
  projectGoals: 'goals',
  indicators: 'goals',
  targetGroups: 'goals',
  approach: 'approach',
  interventionLogic: 'approach',
  implementation: 'implementation',
  partners: 'implementation',
  contact: 'implementation',
  timeline: 'implementation',
  costPlan: 'implementation',
  funding: 'implementation',
  evaluation: 'evaluation',
  evidenceLevel: 'evaluation',
  replicationNotes: 'evaluation',
};

/** The step that holds a field path (`partners.0.organisation` → implementation). */
export function stepOf(path: string): Step {
  return STEP_OF_FIELD[path.split('.')[0] as keyof ProjectFields] ?? 'basics';
}

/** What every step gets: the record, a way to change it, and the message for a field path. */
export interface StepProps {
  fields: ProjectFields;
  set: (patch: Partial<ProjectFields>) => void;
  error: (path: string) => string | undefined;
  /** Prefix for element ids, unique per form. */
  id: string;
  /** The council's members, to link partners' people. */
  members: readonly Member[];
}
