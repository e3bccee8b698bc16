import { z } from 'zod';

/** Project status along its life (i18n keys `projects.status.<code>`). */
export const PROJECT_STATUSES = ['idea', 'planning', 'running', 'completed', 'paused'] as const;
export const ProjectStatusSchema = z.enum(PROJECT_STATUSES);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

/** Where a project works (i18n keys `projects.setting.<code>`). */
export const PROJECT_SETTINGS = [
  'school',
  'kita',
  'public_space',
  'neighbourhood',
  'family',
  'online',
] as const;
export const ProjectSettingSchema = z.enum(PROJECT_SETTINGS);
export type ProjectSetting = z.infer<typeof ProjectSettingSchema>;

/**
 * Risk factors in the vocabulary of Communities That Care (CTC), grouped by domain: community,
 * family, school, peers and the individual (i18n keys `projects.risk.<code>`).
 */
export const RISK_FACTORS = [
  'community_drug_availability',
  'community_norms',
  'community_disorganisation',
  'community_mobility',
  'community_deprivation',
  'family_management',
  'family_conflict',
  'family_attitudes',
  'school_failure',
  'school_commitment',
  'early_initiation',
  'alienation',
  'peer_behaviour',
  'favourable_attitudes',
] as const;
export const RiskFactorSchema = z.enum(RISK_FACTORS);
export type RiskFactor = z.infer<typeof RiskFactorSchema>;

/** CTC protective factors (i18n keys `projects.protective.<code>`). */
export const PROTECTIVE_FACTORS = [
  'prosocial_opportunities',
  'recognition',
  'bonding',
  'clear_standards',
  'social_skills',
] as const;
export const ProtectiveFactorSchema = z.enum(PROTECTIVE_FACTORS);
export type ProtectiveFactor = z.infer<typeof ProtectiveFactorSchema>;

export const EVALUATION_TYPES = ['none', 'self', 'external'] as const;
export const EvaluationTypeSchema = z.enum(EVALUATION_TYPES);
export type EvaluationType = z.infer<typeof EvaluationTypeSchema>;

/** Evidence levels of the Grüne Liste Prävention, weakest first. */
export const EVIDENCE_LEVELS = ['theoretical', 'probable', 'proven'] as const;
export const EvidenceLevelSchema = z.enum(EVIDENCE_LEVELS);
export type EvidenceLevel = z.infer<typeof EvidenceLevelSchema>;

/** Where the money comes from; `state_guideline` is Saxony's funding guideline for prevention. */
export const FUNDING_SOURCES = [
  'state_guideline',
  'municipal',
  'district',
  'federal',
  'eu',
  'foundation',
  'other',
] as const;
export const FundingSourceSchema = z.enum(FUNDING_SOURCES);
export type FundingSource = z.infer<typeof FundingSourceSchema>;

/** Size classes of municipalities by population, for comparing like with like. */
export const MUNICIPALITY_SIZES = ['small', 'medium', 'large', 'city'] as const;
export const MunicipalitySizeSchema = z.enum(MUNICIPALITY_SIZES);
export type MunicipalitySize = z.infer<typeof MunicipalitySizeSchema>;

/** Population bounds per size class: at least `min`, below `max` (null: no upper bound). */
export const MUNICIPALITY_SIZE_BOUNDS: Record<
  MunicipalitySize,
  { min: number; max: number | null }
> = {
  small: { min: 0, max: 5_000 },
  medium: { min: 5_000, max: 20_000 },
  large: { min: 20_000, max: 100_000 },
  city: { min: 100_000, max: null },
};

export const PROJECT_SORTS = ['updated', 'title', 'start', 'created'] as const;
export const ProjectSortSchema = z.enum(PROJECT_SORTS);
export type ProjectSort = z.infer<typeof ProjectSortSchema>;

/** Limits of projects, updates, comments and attachments; the server is the authority. */
export const PROJECT_LIMITS = {
  titleMaxLength: 200,
  summaryMaxLength: 1_000,
  textMaxLength: 8_000,
  shortTextMaxLength: 300,
  listMaxItems: 30,
  milestonesMax: 50,
  costItemsMax: 50,
  partnerUsersMax: 10,
  updateTextMaxLength: 10_000,
  commentTextMaxLength: 4_000,
  mentionsMax: 20,
  attachmentsPerUpdate: 10,
  attachmentDescriptionMaxLength: 300,
  imageMaxBytes: 5 * 1024 * 1024,
  fileMaxBytes: 10 * 1024 * 1024,
  /** The funding guideline asks for an own share of at least 10 % of the total cost. */
  ownShareMinRatio: 0.1,
  pageSize: 50,
  pageMaxSize: 200,
  feedPageSize: 50,
} as const;
