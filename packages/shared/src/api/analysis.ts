// Long by design: a feature's contract keeps its schemas and its endpoint map together, so that
// server, client and OpenAPI document read one file.
import { z } from 'zod';
import { IdParamsSchema, IdSchema, PersonRefSchema, TimestampSchema } from '../common';
import { endpoint } from './endpoint';

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

/** Limits of the security analysis; the server enforces them, the client hints with them. */
export const ANALYSIS_LIMITS = {
  titleMaxLength: 160,
  /** Largest register extract accepted (CSV or XLSX). */
  registerMaxBytes: 20 * 1024 * 1024,
  /** Largest register in rows. */
  registerMaxRows: 500_000,
  filenameMaxLength: 200,
  /** The mayor's signature travels as a small PNG or JPEG. */
  signatureMaxBytes: 300 * 1024,
  sampleMax: 20_000,
  /** Paper questionnaires printed per request. */
  paperCopiesMax: 2_000,
  addressesPageSize: 100,
  /** Residents in the register are 16 or over. */
  minimumAge: 16,
} as const;

/** The register columns an import needs; each is mapped to one column of the file. */
export const REGISTER_FIELDS = [
  'name',
  'street',
  'houseNumber',
  'postcode',
  'place',
  'birthYear',
  'sex',
  'district',
] as const;
export const RegisterFieldSchema = z.enum(REGISTER_FIELDS);
export type RegisterField = z.infer<typeof RegisterFieldSchema>;

const Day = z.iso.date();
const Id = IdSchema;

export const AnalysisPhaseEntrySchema = z.object({
  name: AnalysisPhaseSchema,
  start: Day.nullable(),
  end: Day.nullable(),
  owner: PersonRefSchema.nullable(),
});
export type AnalysisPhaseEntry = z.infer<typeof AnalysisPhaseEntrySchema>;

export const StratumSchema = z.object({
  district: z.string(),
  ageGroup: AgeGroupSchema,
  sex: RegisterSexSchema,
});
export type Stratum = z.infer<typeof StratumSchema>;

export const StratumCountSchema = StratumSchema.extend({ count: z.number().int().min(0) });
export type StratumCount = z.infer<typeof StratumCountSchema>;

export const SampleAllocationSchema = z.enum(['proportional', 'minimum']);
export type SampleAllocation = z.infer<typeof SampleAllocationSchema>;

export const SampleDesignSchema = z.object({
  seed: z.string(),
  size: z.number().int(),
  allocation: SampleAllocationSchema,
  minimumPerStratum: z.number().int(),
  drawnOn: Day,
  /** `count` = drawn, `population` = residents of the stratum in the register. */
  strata: z.array(StratumCountSchema.extend({ population: z.number().int() })),
});
export type SampleDesign = z.infer<typeof SampleDesignSchema>;

export const AnalysisPermissionsSchema = z.object({
  /** Change phases, owners, settings; import, draw, make letters; read addresses. */
  manage: z.boolean(),
  /** Follow the fieldwork figures (owners and the programme staff). */
  fieldwork: z.boolean(),
});

export const SecurityAnalysisSummarySchema = z.object({
  id: Id,
  workspaceId: Id,
  /** The programme's security-analysis record this analysis fills in. */
  recordId: Id,
  title: z.string(),
  phases: z.array(AnalysisPhaseEntrySchema),
  createdAt: TimestampSchema,
});
export type SecurityAnalysisSummary = z.infer<typeof SecurityAnalysisSummarySchema>;

export const SecurityAnalysisSchema = SecurityAnalysisSummarySchema.extend({
  owners: z.array(PersonRefSchema),
  publicUrl: z.string(),
  targetResponses: z.number().int().nullable(),
  register: z
    .object({
      filename: z.string(),
      rows: z.number().int(),
      importedAt: TimestampSchema,
      margins: z.array(StratumCountSchema),
    })
    .nullable(),
  sample: SampleDesignSchema.nullable(),
  letters: z.object({ issued: z.number().int(), madeAt: TimestampSchema }).nullable(),
  hasSignature: z.boolean(),
  signatory: z.string(),
  addressDeletionOn: Day.nullable(),
  addressesDeletedAt: TimestampSchema.nullable(),
  permissions: AnalysisPermissionsSchema,
});
export type SecurityAnalysis = z.infer<typeof SecurityAnalysisSchema>;

export const WorkspaceAnalysesParamsSchema = z.object({ workspaceId: Id });

export const CreateAnalysisBodySchema = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(ANALYSIS_LIMITS.titleMaxLength),
});

export const UpdateAnalysisBodySchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(ANALYSIS_LIMITS.titleMaxLength),
    phases: z
      .array(
        z.object({
          name: AnalysisPhaseSchema,
          start: Day.nullable(),
          end: Day.nullable(),
          ownerId: Id.nullable(),
        }),
      )
      .max(ANALYSIS_PHASES.length),
    ownerIds: z.array(Id).max(20),
    publicUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
    targetResponses: z.number().int().min(1).max(100_000).nullable(),
    signatory: z.string().trim().max(120),
    addressDeletionOn: Day.nullable(),
  })
  .partial()
  .refine((body) => (body.phases ?? []).every((p) => !p.start || !p.end || p.start <= p.end), {
    message: 'a phase must not end before it starts',
    path: ['phases'],
  });
export type UpdateAnalysisBody = z.input<typeof UpdateAnalysisBodySchema>;

const FilenameQuery = z.object({
  filename: z.string().trim().min(1).max(ANALYSIS_LIMITS.filenameMaxLength),
});

/** Column of the file for each register field; an unnamed field falls back to the detected one. */
export const RegisterImportQuerySchema = FilenameQuery.extend(
  Object.fromEntries(
    REGISTER_FIELDS.map((field) => [field, z.string().trim().min(1).max(200).optional()]),
  ) as Record<RegisterField, z.ZodOptional<z.ZodString>>,
);
export type RegisterImportQuery = z.input<typeof RegisterImportQuerySchema>;

export const RegisterPreviewSchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** Detected text encoding (CSV only). */
  encoding: z.enum(['UTF-8', 'windows-1252', 'ISO-8859-1']).nullable(),
  separator: z.enum([';', ',']).nullable(),
  columns: z.array(z.string()),
  rows: z.number().int(),
  /** The detected column for each field, or null where none matched. */
  mapping: z.record(RegisterFieldSchema, z.string().nullable()),
  /** The first rows, to check the mapping by eye (owners only see this). */
  examples: z.array(z.array(z.string())),
});
export type RegisterPreview = z.infer<typeof RegisterPreviewSchema>;

export const RegisterImportedSchema = z.object({
  rows: z.number().int(),
  margins: z.array(StratumCountSchema),
});
export type RegisterImported = z.infer<typeof RegisterImportedSchema>;

export const DrawSampleBodySchema = z.object({
  size: z.number().int().min(1).max(ANALYSIS_LIMITS.sampleMax),
  /** Any text; a new random seed when left out. Recorded with the sample. */
  seed: z.string().trim().min(1).max(64).optional(),
  allocation: SampleAllocationSchema.default('proportional'),
  minimumPerStratum: z.number().int().min(0).max(1000).default(0),
});
export type DrawSampleBody = z.input<typeof DrawSampleBodySchema>;

export const AnalysisAddressSchema = z.object({
  id: Id,
  line: z.number().int(),
  name: z.string(),
  street: z.string(),
  houseNumber: z.string(),
  postcode: z.string(),
  place: z.string(),
  birthYear: z.number().int(),
  sex: RegisterSexSchema,
  district: z.string(),
  ageGroup: AgeGroupSchema,
  sampled: z.boolean(),
});
export type AnalysisAddress = z.infer<typeof AnalysisAddressSchema>;

export const AddressesQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  sampled: z.enum(['true', 'false']).optional(),
});

export const PaperQuerySchema = z.object({
  copies: z.coerce.number().int().min(1).max(ANALYSIS_LIMITS.paperCopiesMax).default(1),
  /** First sheet number, so several print runs never repeat a number. */
  firstSheet: z.coerce.number().int().min(1).default(1),
});

export const FieldworkSchema = z.object({
  analysisId: Id,
  total: z.number().int(),
  target: z.number().int().nullable(),
  /** Letters sent (codes issued); the return rate is `total / sent`. */
  sent: z.number().int(),
  returnRate: z.number().nullable(),
  byDay: z.array(z.object({ day: Day, online: z.number().int(), paper: z.number().int() })),
  byChannel: z.object({ online: z.number().int(), paper: z.number().int() }),
  /** Returns per stratum the respondents named, beside the number drawn in that stratum. */
  byStratum: z.array(
    z.object({
      district: z.string(),
      ageGroup: z.string(),
      sex: z.string(),
      returned: z.number().int(),
      drawn: z.number().int(),
    }),
  ),
});
export type Fieldwork = z.infer<typeof FieldworkSchema>;

/** Socket room request of the fieldwork dashboard. */
export const AnalysisRoomRequestSchema = z.object({ analysisId: Id });
export type AnalysisRoomRequest = z.infer<typeof AnalysisRoomRequestSchema>;

/**
 * Sample size for a share within ±`margin` at 95 % confidence (n = 1.96²·p(1−p)/e²), with the
 * finite population correction when `population` is given, then divided by the expected return
 * rate: the letters to send. Every step rounds up.
 */
export function requiredSample(input: {
  margin: number;
  share?: number;
  population?: number | null;
  returnRate: number;
}): { respondents: number; letters: number } {
  const p = input.share ?? 0.5;
  const n0 = (1.96 ** 2 * p * (1 - p)) / input.margin ** 2;
  const N = input.population ?? null;
  const n = N && N > 0 ? n0 / (1 + (n0 - 1) / N) : n0;
  const respondents = Math.ceil(n - 1e-9);
  return { respondents, letters: Math.ceil(respondents / input.returnRate - 1e-9) };
}

const TAG = 'Sicherheitsanalyse';
const AnalysisParams = IdParamsSchema;

export const analysisEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/workspaces/:workspaceId/analyses',
    summary: 'Security analyses of a council (its members and the programme staff)',
    tag: TAG,
    auth: 'user',
    params: WorkspaceAnalysesParamsSchema,
    response: z.object({ items: z.array(SecurityAnalysisSummarySchema), canCreate: z.boolean() }),
  }),
  create: endpoint({
    method: 'post',
    path: '/api/workspaces/:workspaceId/analyses',
    summary: 'Start a security analysis, linked to the programme record (council admins)',
    tag: TAG,
    auth: 'user',
    params: WorkspaceAnalysesParamsSchema,
    body: CreateAnalysisBodySchema,
    response: SecurityAnalysisSchema,
    status: 201,
  }),
  get: endpoint({
    method: 'get',
    path: '/api/analyses/:id',
    summary: 'One security analysis with its phases, register margins and sample design',
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    response: SecurityAnalysisSchema,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/analyses/:id',
    summary: 'Change phases, owners, link, target and address deletion day (owners)',
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    body: UpdateAnalysisBodySchema,
    response: SecurityAnalysisSchema,
  }),
  uploadSignature: endpoint({
    method: 'put',
    path: '/api/analyses/:id/signature',
    summary: "Upload the mayor's signature image (PNG or JPEG body, owners)",
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    response: SecurityAnalysisSchema,
  }),
  previewRegister: endpoint({
    method: 'post',
    path: '/api/analyses/:id/register/preview',
    summary:
      'Read a register extract (CSV or XLSX body) and propose a column mapping; stores nothing',
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    query: FilenameQuery,
    response: RegisterPreviewSchema,
  }),
  importRegister: endpoint({
    method: 'post',
    path: '/api/analyses/:id/register',
    summary: 'Import a register extract (CSV or XLSX body); every bad row refuses the whole file',
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    query: RegisterImportQuerySchema,
    response: RegisterImportedSchema,
    status: 201,
  }),
  addresses: endpoint({
    method: 'get',
    path: '/api/analyses/:id/addresses',
    summary: "The register's addresses, a page at a time (owners only)",
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    query: AddressesQuerySchema,
    response: z.object({ items: z.array(AnalysisAddressSchema), total: z.number().int() }),
  }),
  deleteAddresses: endpoint({
    method: 'delete',
    path: '/api/analyses/:id/addresses',
    summary: 'Delete the addresses now (owners); the margins and sample design stay',
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    response: null,
  }),
  drawSample: endpoint({
    method: 'post',
    path: '/api/analyses/:id/sample',
    summary: 'Draw the stratified sample with a recorded seed (owners, before the letters)',
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    body: DrawSampleBodySchema,
    response: SampleDesignSchema,
    status: 201,
  }),
  letters: endpoint({
    method: 'post',
    path: '/api/analyses/:id/letters',
    summary: 'Issue the access codes and return the letters as one PDF (owners)',
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    response: null,
    status: 200,
    produces: ['application/pdf'],
  }),
  reminder: endpoint({
    method: 'get',
    path: '/api/analyses/:id/reminder.pdf',
    summary: 'The reminder letter to everyone in the sample, as one PDF (owners)',
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    response: null,
    status: 200,
    produces: ['application/pdf'],
  }),
  paper: endpoint({
    method: 'get',
    path: '/api/analyses/:id/paper.pdf',
    summary: 'The paper questionnaire, one numbered sheet per copy (owners)',
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    query: PaperQuerySchema,
    response: null,
    status: 200,
    produces: ['application/pdf'],
  }),
  fieldwork: endpoint({
    method: 'get',
    path: '/api/analyses/:id/fieldwork',
    summary: 'Returns per day, stratum and channel (owners and the programme coordinator)',
    tag: TAG,
    auth: 'user',
    params: AnalysisParams,
    response: FieldworkSchema,
  }),
};
