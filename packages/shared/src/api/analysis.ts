import { z } from 'zod';

/**
 * The phases of a security analysis in their order (see DOMAIN.md): each has dates and an owner.
 */
export const ANALYSIS_PHASES = [
  'Vorbereitung',
  'Fragebogen',
  'Stichprobe',
  'Versand',
  'Feldphase',
  'Erinnerung',
  'Auswertung',
  'Bericht',
  'Transfer',
] as const;
export const AnalysisPhaseSchema = z.enum(ANALYSIS_PHASES);
export type AnalysisPhase = z.infer<typeof AnalysisPhaseSchema>;

/** The sexes a population register delivers (`m`, `w`, `d`, and `x` for "not stated"). */
export const REGISTER_SEXES = ['m', 'w', 'd', 'x'] as const;
export const RegisterSexSchema = z.enum(REGISTER_SEXES);
export type RegisterSex = z.infer<typeof RegisterSexSchema>;

/** Age groups of the sample's strata, by completed years on the day of the draw. */
export const AGE_GROUPS = ['16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75+'] as const;
export const AgeGroupSchema = z.enum(AGE_GROUPS);
export type AgeGroup = z.infer<typeof AgeGroupSchema>;

/** Channels a response arrives through. */
export const RESPONSE_CHANNELS = ['online', 'paper'] as const;
export const ResponseChannelSchema = z.enum(RESPONSE_CHANNELS);
export type ResponseChannel = z.infer<typeof ResponseChannelSchema>;
