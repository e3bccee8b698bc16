import { z } from 'zod';
import { MeasureStatusSchema } from '../api/plans';
import { IdSchema, TimestampSchema } from '../common';
import { DaySchema, PastDaySchema } from './day';
import {
  AgreementStatusSchema,
  AnalysisStatusSchema,
  MilestoneKindSchema,
  MunicipalityKindSchema,
  SignatoryRoleSchema,
} from './vocab';
import { plain, plainTitle } from '../text';

const Text = (max: number) => plain(z.string().trim().max(max));
const Required = plainTitle;

/** Saxony lies within these bounds (with a margin); coordinates outside are typos. */
export const SAXONY_BOUNDS = { minLat: 50.1, maxLat: 51.75, minLon: 11.8, maxLon: 15.1 } as const;

export const MilestoneInputSchema = z.object({
  kind: MilestoneKindSchema,
  /** Every milestone kind is something that happened (contact, advice, a constituted council). */
  date: PastDaySchema,
  note: Text(500).default(''),
});
export const MilestoneSchema = MilestoneInputSchema.extend({
  id: IdSchema,
  date: DaySchema,
  note: z.string(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const ContactSchema = z.object({
  name: Text(120).default(''),
  email: z
    .union([z.literal(''), z.string().trim().max(254).pipe(z.email('must be an e-mail address'))])
    .default(''),
  phone: Text(40).default(''),
});

// Fields without defaults: a patch must not fill in defaults for what it leaves out.
const municipalityFields = {
  name: Required(120),
  kind: MunicipalityKindSchema,
  /** Landkreis or kreisfreie Stadt. */
  district: Required(120),
  population: z.number().int().min(0).max(2_000_000).nullable(),
  lat: z
    .number()
    .min(SAXONY_BOUNDS.minLat, 'must lie in Saxony')
    .max(SAXONY_BOUNDS.maxLat, 'must lie in Saxony'),
  lon: z
    .number()
    .min(SAXONY_BOUNDS.minLon, 'must lie in Saxony')
    .max(SAXONY_BOUNDS.maxLon, 'must lie in Saxony'),
  policeDirectorate: Text(120),
  contact: ContactSchema,
  /** The council workspace of this municipality, if it has one on the platform. */
  workspaceId: IdSchema.nullable(),
  milestones: z.array(MilestoneInputSchema).max(40),
};

export const MunicipalityInputSchema = z.object({
  ...municipalityFields,
  kind: municipalityFields.kind.default('municipality'),
  population: municipalityFields.population.default(null),
  policeDirectorate: municipalityFields.policeDirectorate.default(''),
  contact: ContactSchema.default({ name: '', email: '', phone: '' }),
  workspaceId: municipalityFields.workspaceId.default(null),
  milestones: municipalityFields.milestones.default([]),
});
export type MunicipalityInput = z.input<typeof MunicipalityInputSchema>;
export const MunicipalityPatchSchema = z.object(municipalityFields).partial().strict();

export const MunicipalitySchema = z.object({
  id: IdSchema,
  name: z.string(),
  kind: MunicipalityKindSchema,
  district: z.string(),
  population: z.number().nullable(),
  lat: z.number(),
  lon: z.number(),
  policeDirectorate: z.string(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  workspaceId: IdSchema.nullable(),
  workspaceName: z.string().nullable(),
  milestones: z.array(MilestoneSchema),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Municipality = z.infer<typeof MunicipalitySchema>;

export const SignatorySchema = z.object({
  name: Required(120),
  role: SignatoryRoleSchema,
  organisation: Text(160).default(''),
});
export type Signatory = z.infer<typeof SignatorySchema>;

export const AgreementInputSchema = z
  .object({
    /** Day of signature (or planned signature while in preparation). */
    date: DaySchema,
    status: AgreementStatusSchema.default('signed'),
    signatories: z.array(SignatorySchema).max(10).default([]),
    notes: Text(2000).default(''),
  })
  .refine((value) => value.status === 'draft' || value.signatories.length > 0, {
    path: ['signatories'],
    message: 'a signed agreement needs at least one signatory',
  })
  .refine((value) => value.status === 'draft' || PastDaySchema.safeParse(value.date).success, {
    path: ['date'],
    message: 'a signed or ended agreement must not be dated in the future',
  });

export const AgreementDocumentSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  size: z.number(),
  uploadedAt: TimestampSchema,
});

export const AgreementSchema = z.object({
  id: IdSchema,
  municipalityId: IdSchema,
  date: DaySchema,
  status: AgreementStatusSchema,
  signatories: z.array(
    z.object({ name: z.string(), role: SignatoryRoleSchema, organisation: z.string() }),
  ),
  document: AgreementDocumentSchema.nullable(),
  notes: z.string(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Agreement = z.infer<typeof AgreementSchema>;

export const CoachingPhaseSchema = z.object({
  name: Required(120),
  start: DaySchema,
  end: DaySchema.nullable().default(null),
});

export const CoachingInputSchema = z
  .object({
    coach: Required(120),
    start: DaySchema,
    end: DaySchema.nullable().default(null),
    phases: z.array(CoachingPhaseSchema).max(20).default([]),
    outcome: Text(4000).default(''),
  })
  .refine((value) => value.end === null || value.end >= value.start, {
    path: ['end'],
    message: 'must not be before the start',
  })
  .refine((value) => value.end === null || PastDaySchema.safeParse(value.end).success, {
    path: ['end'],
    message: 'a finished coaching must not end in the future',
  })
  .refine(
    (value) => value.phases.every((phase) => phase.end === null || phase.end >= phase.start),
    {
      path: ['phases'],
      message: 'a phase must not end before it starts',
    },
  );

export const CoachingSchema = z.object({
  id: IdSchema,
  municipalityId: IdSchema,
  coach: z.string(),
  start: DaySchema,
  end: DaySchema.nullable(),
  phases: z.array(z.object({ name: z.string(), start: DaySchema, end: DaySchema.nullable() })),
  outcome: z.string(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Coaching = z.infer<typeof CoachingSchema>;

/** A key the client chooses for a finding or recommendation, so links survive edits. */
const KeySchema = z.string().trim().min(1).max(40);

export const MeasureRefSchema = z.object({
  planId: IdSchema,
  measureId: z.string().min(1).max(100),
});

export const AnalysisInputSchema = z
  .object({
    /** Every status change with its day, oldest first; the last entry is the current status. */
    statusHistory: z
      .array(z.object({ status: AnalysisStatusSchema, date: PastDaySchema }))
      .min(1)
      .max(20),
    surveySize: z.number().int().min(0).max(100_000).nullable().default(null),
    /** Share of returned questionnaires, in percent. */
    returnRate: z.number().min(0).max(100).nullable().default(null),
    findings: z
      .array(z.object({ key: KeySchema, text: Required(2000) }))
      .max(50)
      .default([]),
    recommendations: z
      .array(
        z.object({
          key: KeySchema,
          text: Required(2000),
          findingKeys: z.array(KeySchema).max(50).default([]),
          measures: z.array(MeasureRefSchema).max(20).default([]),
        }),
      )
      .max(50)
      .default([]),
  })
  .refine(
    (value) =>
      value.statusHistory.every((entry, i, all) => i === 0 || all[i - 1]!.date <= entry.date),
    {
      path: ['statusHistory'],
      message: 'dates must not go backwards',
    },
  )
  .refine(
    (value) =>
      value.recommendations.every((r) =>
        r.findingKeys.every((key) => value.findings.some((f) => f.key === key)),
      ),
    {
      path: ['recommendations'],
      message: 'links a finding that does not exist',
    },
  );

export const LinkedMeasureSchema = z.object({
  planId: IdSchema,
  measureId: z.string(),
  /** Null when the measure was deleted from the plan since it was linked. */
  title: z.string().nullable(),
  planTitle: z.string().nullable(),
  status: MeasureStatusSchema.nullable(),
  progress: z.number().nullable(),
});
export type LinkedMeasure = z.infer<typeof LinkedMeasureSchema>;

export const AnalysisSchema = z.object({
  id: IdSchema,
  municipalityId: IdSchema,
  status: AnalysisStatusSchema,
  statusHistory: z.array(z.object({ status: AnalysisStatusSchema, date: DaySchema })),
  surveySize: z.number().nullable(),
  returnRate: z.number().nullable(),
  findings: z.array(z.object({ key: z.string(), text: z.string() })),
  recommendations: z.array(
    z.object({
      key: z.string(),
      text: z.string(),
      findingKeys: z.array(z.string()),
      measures: z.array(LinkedMeasureSchema),
    }),
  ),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Analysis = z.infer<typeof AnalysisSchema>;
