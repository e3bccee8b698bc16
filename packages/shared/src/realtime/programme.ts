import { z } from 'zod';
import { IdSchema } from '../common';

export const PROGRAMME_RECORD_KINDS = [
  'municipality',
  'agreement',
  'coaching',
  'analysis',
  'funding',
  'budget',
] as const;

/**
 * Sent to everyone viewing the programme dashboard when a coordinator changed a record, so
 * figures, chart, map and tables refresh without a reload.
 */
export const ProgrammeChangedSchema = z.object({
  kind: z.enum(PROGRAMME_RECORD_KINDS),
  action: z.enum(['created', 'updated', 'deleted']),
  /** The municipality the record belongs to; null for budgets. */
  municipalityId: IdSchema.nullable(),
});
export type ProgrammeChanged = z.infer<typeof ProgrammeChangedSchema>;
