import { z } from 'zod';

/**
 * Programme vocabularies of the ASSKomm dashboard. Codes are stable; the UI shows German (or
 * English) labels from i18n keys `programme.vocab.<group>.<code>`.
 */

/** A registry entry is a municipality (Gemeinde, Stadt) or a district (Landkreis) with a council. */
export const MUNICIPALITY_KINDS = ['municipality', 'district'] as const;
export const MunicipalityKindSchema = z.enum(MUNICIPALITY_KINDS);
export type MunicipalityKind = z.infer<typeof MunicipalityKindSchema>;

/**
 * Dated programme milestones of one municipality: first contact with the LPR, advice (Beratung),
 * council constituted or reactivated (KPR), close cooperation (enge Zusammenarbeit).
 */
export const MILESTONE_KINDS = ['contacted', 'advised', 'council', 'close_cooperation'] as const;
export const MilestoneKindSchema = z.enum(MILESTONE_KINDS);
export type MilestoneKind = z.infer<typeof MilestoneKindSchema>;

/** Kooperationsvereinbarung: in Vorbereitung, unterzeichnet, beendet. */
export const AGREEMENT_STATUSES = ['draft', 'signed', 'ended'] as const;
export const AgreementStatusSchema = z.enum(AGREEMENT_STATUSES);
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>;

/** Who signs a cooperation agreement. */
export const SIGNATORY_ROLES = ['mayor', 'lpr', 'police', 'district', 'other'] as const;
export const SignatoryRoleSchema = z.enum(SIGNATORY_ROLES);
export type SignatoryRole = z.infer<typeof SignatoryRoleSchema>;

/** Sicherheitsanalyse: vereinbart, Datenerhebung, Befragung, Auswertung, Bericht übergeben. */
export const ANALYSIS_STATUSES = [
  'agreed',
  'data_collection',
  'survey',
  'evaluation',
  'report_delivered',
] as const;
export const AnalysisStatusSchema = z.enum(ANALYSIS_STATUSES);
export type AnalysisStatus = z.infer<typeof AnalysisStatusSchema>;

/** Förderantrag: beantragt, bewilligt, abgelehnt, abgerechnet. */
export const FUNDING_STATUSES = ['applied', 'granted', 'rejected', 'settled'] as const;
export const FundingStatusSchema = z.enum(FUNDING_STATUSES);
export type FundingStatus = z.infer<typeof FundingStatusSchema>;

/** Statuses whose amount counts as granted money. */
export const GRANTED_FUNDING_STATUSES: readonly FundingStatus[] = ['granted', 'settled'];

/**
 * Programme elements the map colours markers by, from the least to the most advanced; a marker
 * shows the most advanced element its municipality has (among those the filter selects).
 */
export const PROGRAMME_ELEMENTS = [
  'advised',
  'council',
  'agreement',
  'coaching',
  'analysis',
] as const;
export const ProgrammeElementSchema = z.enum(PROGRAMME_ELEMENTS);
export type ProgrammeElement = z.infer<typeof ProgrammeElementSchema>;

/** State of a coaching process on a given date. */
export const COACHING_STATES = ['none', 'running', 'finished'] as const;
export type CoachingState = (typeof COACHING_STATES)[number];

/** The five police directorates of Saxony. */
export const POLICE_DIRECTORATES = [
  'Polizeidirektion Chemnitz',
  'Polizeidirektion Dresden',
  'Polizeidirektion Görlitz',
  'Polizeidirektion Leipzig',
  'Polizeidirektion Zwickau',
] as const;
