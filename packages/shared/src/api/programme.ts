// Long by design: a feature's contract keeps its schemas and its endpoint map together, so that
// server, client and OpenAPI document read one file.
import { z } from 'zod';
import { IdParamsSchema, IdSchema } from '../common';
import { DaySchema } from '../programme/day';
import { FiguresSchema, MunicipalityStatusSchema, TrendPointSchema } from '../programme/figures';
import {
  AgreementInputSchema,
  AgreementSchema,
  AnalysisInputSchema,
  AnalysisSchema,
  CoachingInputSchema,
  CoachingSchema,
  MunicipalityInputSchema,
  MunicipalityPatchSchema,
  MunicipalitySchema,
} from '../programme/records';
import {
  FundingApplicationSchema,
  FundingInputSchema,
  FundingPatchSchema,
  BudgetSchema,
} from '../programme/funding';
import { endpoint } from './endpoint';
import { MeasureStatusSchema } from './plans';

const TAG = 'programme';
/** Figures, tables and exports for a day; without `asOf`, today in Saxony. */
const AsOfQuery = z.object({ asOf: DaySchema.optional() });

export const MunicipalityDetailSchema = z.object({
  municipality: MunicipalitySchema,
  status: MunicipalityStatusSchema,
  agreements: z.array(AgreementSchema),
  coachings: z.array(CoachingSchema),
  analyses: z.array(AnalysisSchema),
  funding: z.array(FundingApplicationSchema),
  /** Whether the caller may change these records (coordinators and platform admins). */
  canWrite: z.boolean(),
});
export type MunicipalityDetail = z.infer<typeof MunicipalityDetailSchema>;

export const LinkableMeasureSchema = z.object({
  planId: IdSchema,
  measureId: z.string(),
  title: z.string(),
  planTitle: z.string(),
  status: MeasureStatusSchema,
  progress: z.number(),
});
export type LinkableMeasure = z.infer<typeof LinkableMeasureSchema>;

export const MapConfigSchema = z.object({
  /** Optional raster tiles (`https://…/{z}/{x}/{y}.png`); null = the offline outline only. */
  tileUrl: z.string().nullable(),
  tileAttribution: z.string().nullable(),
});
export type MapConfig = z.infer<typeof MapConfigSchema>;

/** Largest agreement document accepted (PDF or DOCX). */
export const AGREEMENT_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const AGREEMENT_DOCUMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export const programmeEndpoints = {
  figures: endpoint({
    method: 'get',
    path: '/api/programme/figures',
    summary: 'Programme figures on a day (coordinators)',
    tag: TAG,
    auth: 'user',
    query: AsOfQuery,
    response: FiguresSchema,
  }),
  trend: endpoint({
    method: 'get',
    path: '/api/programme/trend',
    summary:
      'Headline counts at the end of every month from the programme start to `to` (coordinators)',
    tag: TAG,
    auth: 'user',
    query: z.object({ to: DaySchema.optional() }),
    response: z.object({ points: z.array(TrendPointSchema) }),
  }),
  municipalities: endpoint({
    method: 'get',
    path: '/api/programme/municipalities',
    summary: 'Every municipality of the registry with its programme state on a day (coordinators)',
    tag: TAG,
    auth: 'user',
    query: AsOfQuery,
    response: z.object({ asOf: DaySchema, items: z.array(MunicipalityStatusSchema) }),
  }),
  mine: endpoint({
    method: 'get',
    path: '/api/programme/mine',
    summary: "The programme records of the caller's own councils' municipalities",
    tag: TAG,
    auth: 'user',
    response: z.object({ items: z.array(MunicipalityDetailSchema) }),
  }),
  mapConfig: endpoint({
    method: 'get',
    path: '/api/programme/map-config',
    summary: 'Map settings (optional tile layer)',
    tag: TAG,
    auth: 'user',
    response: MapConfigSchema,
  }),
  createMunicipality: endpoint({
    method: 'post',
    path: '/api/programme/municipalities',
    summary: 'Add a municipality to the registry',
    tag: TAG,
    auth: 'user',
    body: MunicipalityInputSchema,
    response: MunicipalitySchema,
    status: 201,
  }),
  getMunicipality: endpoint({
    method: 'get',
    path: '/api/programme/municipalities/:id',
    summary: 'A municipality with all its programme records',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: MunicipalityDetailSchema,
  }),
  updateMunicipality: endpoint({
    method: 'patch',
    path: '/api/programme/municipalities/:id',
    summary: 'Change a municipality (milestones are replaced as a whole)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: MunicipalityPatchSchema,
    response: MunicipalitySchema,
  }),
  deleteMunicipality: endpoint({
    method: 'delete',
    path: '/api/programme/municipalities/:id',
    summary: 'Remove a municipality and all its programme records',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
  linkableMeasures: endpoint({
    method: 'get',
    path: '/api/programme/municipalities/:id/measures',
    summary: "Measures of the municipality's council action plans, to link recommendations to",
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(LinkableMeasureSchema) }),
  }),
  createAgreement: endpoint({
    method: 'post',
    path: '/api/programme/municipalities/:id/agreements',
    summary: 'Record a cooperation agreement',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: AgreementInputSchema,
    response: AgreementSchema,
    status: 201,
  }),
  updateAgreement: endpoint({
    method: 'put',
    path: '/api/programme/agreements/:id',
    summary: 'Change a cooperation agreement',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: AgreementInputSchema,
    response: AgreementSchema,
  }),
  deleteAgreement: endpoint({
    method: 'delete',
    path: '/api/programme/agreements/:id',
    summary: 'Remove a cooperation agreement and its document',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
  uploadAgreementDocument: endpoint({
    method: 'put',
    path: '/api/programme/agreements/:id/document',
    summary: 'Upload the signed agreement (PDF or DOCX, raw request body, at most 10 MB)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    query: z.object({ filename: z.string().trim().min(1).max(200) }),
    response: AgreementSchema,
  }),
  downloadAgreementDocument: endpoint({
    method: 'get',
    path: '/api/programme/agreements/:id/document',
    summary: 'Download the agreement document',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
    status: 200,
    produces: Object.values(AGREEMENT_DOCUMENT_TYPES),
  }),
  createCoaching: endpoint({
    method: 'post',
    path: '/api/programme/municipalities/:id/coachings',
    summary: 'Record a coaching process',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: CoachingInputSchema,
    response: CoachingSchema,
    status: 201,
  }),
  updateCoaching: endpoint({
    method: 'put',
    path: '/api/programme/coachings/:id',
    summary: 'Change a coaching process',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: CoachingInputSchema,
    response: CoachingSchema,
  }),
  deleteCoaching: endpoint({
    method: 'delete',
    path: '/api/programme/coachings/:id',
    summary: 'Remove a coaching process',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
  createAnalysis: endpoint({
    method: 'post',
    path: '/api/programme/municipalities/:id/analyses',
    summary: 'Record a security analysis',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: AnalysisInputSchema,
    response: AnalysisSchema,
    status: 201,
  }),
  updateAnalysis: endpoint({
    method: 'put',
    path: '/api/programme/analyses/:id',
    summary:
      'Change a security analysis (status history, findings, recommendations and their measures)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: AnalysisInputSchema,
    response: AnalysisSchema,
  }),
  deleteAnalysis: endpoint({
    method: 'delete',
    path: '/api/programme/analyses/:id',
    summary: 'Remove a security analysis',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
  fundingList: endpoint({
    method: 'get',
    path: '/api/programme/funding',
    summary: 'Funding applications, optionally of one funding year (coordinators)',
    tag: TAG,
    auth: 'user',
    query: z.object({ year: z.coerce.number().int().min(2019).max(2100).optional() }),
    response: z.object({ items: z.array(FundingApplicationSchema) }),
  }),
  createFunding: endpoint({
    method: 'post',
    path: '/api/programme/municipalities/:id/funding',
    summary:
      'Record a funding application; the response lists the funding rules it breaks as warnings',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: FundingInputSchema,
    response: FundingApplicationSchema,
    status: 201,
  }),
  updateFunding: endpoint({
    method: 'patch',
    path: '/api/programme/funding/:id',
    summary: 'Change a funding application or its status; rule errors are refused with 400',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: FundingPatchSchema,
    response: FundingApplicationSchema,
  }),
  deleteFunding: endpoint({
    method: 'delete',
    path: '/api/programme/funding/:id',
    summary: 'Remove a funding application',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: null,
  }),
  budgets: endpoint({
    method: 'get',
    path: '/api/programme/budgets',
    summary:
      'Annual programme budgets with the money requested, granted and remaining (coordinators)',
    tag: TAG,
    auth: 'user',
    response: z.object({ items: z.array(BudgetSchema) }),
  }),
  setBudget: endpoint({
    method: 'put',
    path: '/api/programme/budgets/:year',
    summary: "Set a year's programme budget",
    tag: TAG,
    auth: 'user',
    params: z.object({ year: z.coerce.number().int().min(2019).max(2100) }),
    body: z.object({ amount: z.number().finite().min(0).max(1_000_000_000) }),
    response: BudgetSchema,
  }),
  export: endpoint({
    method: 'get',
    path: '/api/programme/export',
    summary:
      'The municipalities table (CSV: `;`-separated UTF-8 with BOM) or every table as XLSX, for a day',
    tag: TAG,
    auth: 'user',
    query: AsOfQuery.extend({
      format: z.enum(['csv', 'xlsx']),
      table: z.enum(['municipalities', 'funding', 'training']).default('municipalities'),
    }),
    response: null,
    status: 200,
    produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  }),
  report: endpoint({
    method: 'get',
    path: '/api/programme/report',
    summary: 'Printable report (PDF) of the figures and the map for a day, for the ministry',
    tag: TAG,
    auth: 'user',
    query: AsOfQuery,
    response: null,
    status: 200,
    produces: ['application/pdf'],
  }),
};
