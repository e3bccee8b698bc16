import { z } from 'zod';
import { IdSchema } from '../common';
import { FieldOfActionSchema } from '../vocab';
import { DaySchema } from './day';
import {
  AnalysisStatusSchema,
  COACHING_STATES,
  MunicipalityKindSchema,
  ProgrammeElementSchema,
} from './vocab';

/**
 * The programme figures for one day. What each count means (all "on or before `asOf`"):
 *
 * - `municipalities.contacted`: municipalities (not districts) with any dated milestone.
 * - `municipalities.advised`: municipalities with an `advised` milestone.
 * - `municipalities.closeCooperation`: municipalities with a `close_cooperation` milestone.
 * - `councils.municipalities` / `councils.districts`: registry entries of that kind with a
 *   `council` milestone (constituted or reactivated).
 * - `agreements`: cooperation agreements that are not drafts, dated on or before the day
 *   (cumulative: an agreement that ended later still counts as concluded).
 * - `coaching.total`: coaching processes started; `finished` = ended on or before the day,
 *   `running` = the rest.
 * - `analyses.total`: security analyses whose first status entry is on or before the day;
 *   `byStatus` = each one's latest status on that day.
 * - `funding`: per funding year, money requested in applications submitted by the day, money
 *   granted in applications whose status on the day is granted or settled, the year's budget and
 *   what remains of it.
 */
export const FundingYearFiguresSchema = z.object({
  year: z.number(),
  budget: z.number().nullable(),
  applications: z.number(),
  requested: z.number(),
  granted: z.number(),
  remaining: z.number().nullable(),
  byField: z.array(
    z.object({
      fieldOfAction: FieldOfActionSchema,
      applications: z.number(),
      requested: z.number(),
      granted: z.number(),
    }),
  ),
});
export type FundingYearFigures = z.infer<typeof FundingYearFiguresSchema>;

export const FiguresSchema = z.object({
  asOf: DaySchema,
  municipalities: z.object({
    registered: z.number(),
    contacted: z.number(),
    advised: z.number(),
    closeCooperation: z.number(),
  }),
  councils: z.object({ municipalities: z.number(), districts: z.number() }),
  agreements: z.number(),
  coaching: z.object({ total: z.number(), running: z.number(), finished: z.number() }),
  analyses: z.object({ total: z.number(), byStatus: z.record(AnalysisStatusSchema, z.number()) }),
  funding: z.array(FundingYearFiguresSchema),
});
export type Figures = z.infer<typeof FiguresSchema>;

/** The headline counts over time (the funding money is in the figures of each day). */
export const TrendPointSchema = z.object({
  date: DaySchema,
  contacted: z.number(),
  advised: z.number(),
  closeCooperation: z.number(),
  councils: z.number(),
  agreements: z.number(),
  coaching: z.number(),
  analyses: z.number(),
});
export type TrendPoint = z.infer<typeof TrendPointSchema>;
export const TREND_SERIES = [
  'contacted',
  'advised',
  'closeCooperation',
  'councils',
  'agreements',
  'coaching',
  'analyses',
] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];

/** One municipality's programme state on a day: a row of the table and a marker on the map. */
export const MunicipalityStatusSchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: MunicipalityKindSchema,
  district: z.string(),
  population: z.number().nullable(),
  lat: z.number(),
  lon: z.number(),
  policeDirectorate: z.string(),
  workspaceId: IdSchema.nullable(),
  contactedOn: DaySchema.nullable(),
  advisedOn: DaySchema.nullable(),
  councilOn: DaySchema.nullable(),
  closeCooperationOn: DaySchema.nullable(),
  agreements: z.number(),
  agreementOn: DaySchema.nullable(),
  coaching: z.enum(COACHING_STATES),
  analysis: AnalysisStatusSchema.nullable(),
  fundingRequested: z.number(),
  fundingGranted: z.number(),
  /** Programme elements reached by the day, in the order of `PROGRAMME_ELEMENTS`. */
  elements: z.array(ProgrammeElementSchema),
});
export type MunicipalityStatus = z.infer<typeof MunicipalityStatusSchema>;
