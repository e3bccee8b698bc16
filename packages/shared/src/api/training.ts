// Long by design: a feature's contract keeps its schemas and its endpoint map together, so that
// server, client and OpenAPI document read one file.
import { z } from 'zod';
import { IdSchema, TimestampSchema } from '../common';
import { FieldOfActionSchema } from '../vocab';
import { endpoint } from './endpoint';
import { RESULTS_LIMITS } from './results';
import { SurveyJsonSchema } from './survey';

/** Kinds of offer (i18n `training.type.<code>`): Seminar, Workshop, Fachtag, Online-Seminar, Studiengang. */
export const TRAINING_TYPES = [
  'seminar',
  'workshop',
  'conference',
  'online_seminar',
  'degree',
] as const;
export const TrainingTypeSchema = z.enum(TRAINING_TYPES);
export type TrainingType = z.infer<typeof TrainingTypeSchema>;

export const TRAINING_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const TrainingFormatSchema = z.enum(TRAINING_FORMATS);
export type TrainingFormat = z.infer<typeof TrainingFormatSchema>;

/** Who an offer is meant for (i18n `training.targetGroup.<code>`). */
export const TRAINING_TARGET_GROUPS = [
  'council_coordination',
  'police',
  'school',
  'youth_work',
  'municipal_staff',
  'associations',
  'volunteers',
] as const;
export const TrainingTargetGroupSchema = z.enum(TRAINING_TARGET_GROUPS);
export type TrainingTargetGroup = z.infer<typeof TrainingTargetGroupSchema>;

/**
 * Where a person stands for one session. `registered` holds a place; `waiting` is on the waiting
 * list (ordered by arrival); `cancelled` gave the place back (kept for the organiser's record).
 */
export const REGISTRATION_STATUSES = ['registered', 'waiting', 'cancelled'] as const;
export const RegistrationStatusSchema = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof RegistrationStatusSchema>;

export const TRAINING_LIMITS = {
  titleMaxLength: 200,
  textMaxLength: 4000,
  sessionsMax: 20,
  capacityMax: 1000,
  /** A guest's place is held this long for the confirmation by e-mail, then released. */
  guestConfirmHours: 24,
  /** Registrations are deleted this many days after the session (certificates stay). */
  retentionDays: 180,
  /** Feedback results are shown from this many answers on: the analysis's small-group rule. */
  feedbackMinAnswers: RESULTS_LIMITS.minimumCell,
  checkInsPerRequest: 200,
} as const;

const Text = (max: number = TRAINING_LIMITS.textMaxLength) => z.string().trim().max(max);
const Line = (max = 200) => z.string().trim().min(1, 'must not be empty').max(max);
const NoMarkup = (schema: z.ZodString) =>
  schema.refine((value) => !/<\s*\/?\s*[a-z!]/i.test(value), 'must be plain text, not markup');

const LinkSchema = z
  .url({ protocol: /^https$/, message: 'must be an https address' })
  .max(500)
  .nullable();

export const TrainingContactSchema = z.object({
  name: NoMarkup(Line(120)),
  email: z.email('must be an e-mail address').max(200),
  phone: Text(60).default(''),
});
export type TrainingContact = z.infer<typeof TrainingContactSchema>;

export const TrainingSessionInputSchema = z
  .object({
    /** Present for sessions that exist already. */
    id: IdSchema.optional(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    place: NoMarkup(Text(300)).default(''),
    link: LinkSchema.default(null),
    capacity: z.number().int().min(1).max(TRAINING_LIMITS.capacityMax),
    /** Registration opens (null: at once) and closes (null: when the session starts). */
    registrationOpensAt: z.iso.datetime({ offset: true }).nullable().default(null),
    registrationClosesAt: z.iso.datetime({ offset: true }).nullable().default(null),
  })
  .strict()
  .refine((s) => Date.parse(s.endsAt) > Date.parse(s.startsAt), {
    message: 'must be after the start',
    path: ['endsAt'],
  })
  .refine(
    (s) =>
      !s.registrationOpensAt ||
      !s.registrationClosesAt ||
      Date.parse(s.registrationClosesAt) > Date.parse(s.registrationOpensAt),
    { message: 'must be after the opening', path: ['registrationClosesAt'] },
  );
export type TrainingSessionInput = z.input<typeof TrainingSessionInputSchema>;

const offerFields = {
  type: TrainingTypeSchema,
  format: TrainingFormatSchema,
  title: NoMarkup(Line(TRAINING_LIMITS.titleMaxLength)),
  summary: NoMarkup(Text(500)).default(''),
  description: NoMarkup(Text()).default(''),
  fieldsOfAction: z.array(FieldOfActionSchema).max(20).default([]),
  targetGroups: z.array(TrainingTargetGroupSchema).max(20).default([]),
  /** Fee per person in euros; 0 = free of charge (the usual case). */
  feeEuros: z.number().min(0).max(100_000).default(0),
  contact: TrainingContactSchema,
  /** Whether people may join a waiting list when a session is full. */
  waitlist: z.boolean().default(true),
  /** Participants may cancel themselves until this many hours before the session starts. */
  cancelUntilHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(48),
};

/** Online sessions need a link, sessions in person a place, hybrid ones both. */
function checkSessionsFitFormat(
  body: { format: TrainingFormat; sessions: Array<{ place: string; link: string | null }> },
  ctx: z.RefinementCtx,
) {
  body.sessions.forEach((session, index) => {
    if (body.format !== 'in_person' && !session.link)
      ctx.addIssue({
        code: 'custom',
        message: 'needs a link for online participation',
        path: ['sessions', index, 'link'],
      });
    if (body.format !== 'online' && !session.place)
      ctx.addIssue({
        code: 'custom',
        message: 'needs a place',
        path: ['sessions', index, 'place'],
      });
  });
}

export const CreateTrainingOfferBodySchema = z
  .object({
    ...offerFields,
    sessions: z.array(TrainingSessionInputSchema).min(1).max(TRAINING_LIMITS.sessionsMax),
  })
  .strict()
  .superRefine(checkSessionsFitFormat);
export type CreateTrainingOfferBody = z.input<typeof CreateTrainingOfferBodySchema>;

export const UpdateTrainingOfferBodySchema = z
  .object({
    title: offerFields.title.optional(),
    summary: NoMarkup(Text(500)).optional(),
    description: NoMarkup(Text()).optional(),
    fieldsOfAction: z.array(FieldOfActionSchema).max(20).optional(),
    targetGroups: z.array(TrainingTargetGroupSchema).max(20).optional(),
    feeEuros: z.number().min(0).max(100_000).optional(),
    contact: TrainingContactSchema.optional(),
    waitlist: z.boolean().optional(),
    cancelUntilHours: offerFields.cancelUntilHours.optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, 'must change at least one field')
  .meta({ minProperties: 1 });
export type UpdateTrainingOfferBody = z.input<typeof UpdateTrainingOfferBodySchema>;

/**
 * Changes one session. Lowering the capacity below the places taken needs `overflow`: `waitlist`
 * moves the last to register onto the waiting list, `keep` keeps everyone (nobody is dropped
 * silently); without it the server answers `capacity_below_registered`.
 */
export const UpdateTrainingSessionBodySchema = z
  .object({
    startsAt: z.iso.datetime({ offset: true }).optional(),
    endsAt: z.iso.datetime({ offset: true }).optional(),
    place: NoMarkup(Text(300)).optional(),
    link: LinkSchema.optional(),
    capacity: z.number().int().min(1).max(TRAINING_LIMITS.capacityMax).optional(),
    overflow: z.enum(['waitlist', 'keep']).optional(),
  })
  .strict()
  .refine(
    (body) => Object.keys(body).some((key) => key !== 'overflow'),
    'must change at least one field',
  )
  .meta({
    anyOf: ['startsAt', 'endsAt', 'place', 'link', 'capacity'].map((key) => ({ required: [key] })),
  });
export type UpdateTrainingSessionBody = z.input<typeof UpdateTrainingSessionBodySchema>;

export const TrainingSessionSchema = z.object({
  id: IdSchema,
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  place: z.string(),
  link: z.string().nullable(),
  capacity: z.number().int(),
  registered: z.number().int(),
  waiting: z.number().int(),
  /** Places still free (0 when full; never negative). */
  free: z.number().int(),
  registrationOpensAt: TimestampSchema.nullable(),
  registrationClosesAt: TimestampSchema,
  /** Registration is open now. */
  open: z.boolean(),
});
export type TrainingSession = z.infer<typeof TrainingSessionSchema>;

export const MyRegistrationSchema = z.object({
  id: IdSchema,
  sessionId: IdSchema,
  status: RegistrationStatusSchema,
  /** 1-based place on the waiting list, or null. */
  position: z.number().int().nullable(),
});

export const TrainingOfferSchema = z.object({
  id: IdSchema,
  type: TrainingTypeSchema,
  format: TrainingFormatSchema,
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  fieldsOfAction: z.array(FieldOfActionSchema),
  targetGroups: z.array(TrainingTargetGroupSchema),
  feeEuros: z.number(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  waitlist: z.boolean(),
  cancelUntilHours: z.number().int(),
  status: z.enum(['published', 'cancelled']),
  sessions: z.array(TrainingSessionSchema),
  /** The caller organises offers (programme coordinators). */
  canManage: z.boolean(),
  /** The caller's own registrations (signed in), empty for guests. */
  myRegistrations: z.array(MyRegistrationSchema),
});
export type TrainingOffer = z.infer<typeof TrainingOfferSchema>;

export const TrainingListQuerySchema = z.object({
  field: FieldOfActionSchema.optional(),
  targetGroup: TrainingTargetGroupSchema.optional(),
  format: TrainingFormatSchema.optional(),
  type: TrainingTypeSchema.optional(),
  /** Offers with a session on or after this day (default: today). */
  from: z.iso.date().optional(),
  /** Offers with a session on or before this day. */
  to: z.iso.date().optional(),
  /** Part of the place's name (case-insensitive). */
  place: z.string().trim().max(100).optional(),
});
export type TrainingListQuery = z.input<typeof TrainingListQuerySchema>;

export const GuestRegistrationBodySchema = z
  .object({
    name: NoMarkup(Line(120)),
    organisation: NoMarkup(Line(160)),
    email: z.email('must be an e-mail address').max(200),
  })
  .strict();
export type GuestRegistrationBody = z.input<typeof GuestRegistrationBodySchema>;

/** What a registration's private link (from the mails) shows. */
export const RegistrationViewSchema = z.object({
  id: IdSchema,
  name: z.string(),
  status: RegistrationStatusSchema,
  /** Guests confirm their e-mail address before the place is theirs for good. */
  confirmed: z.boolean(),
  /** Until when an unconfirmed place is held, or null. */
  confirmBy: TimestampSchema.nullable(),
  position: z.number().int().nullable(),
  offer: z.object({ id: IdSchema, title: z.string(), type: TrainingTypeSchema }),
  session: z.object({
    id: IdSchema,
    startsAt: TimestampSchema,
    endsAt: TimestampSchema,
    place: z.string(),
    link: z.string().nullable(),
  }),
  /** Code for the check-in (also the QR code in the confirmation mail). */
  checkInCode: z.string(),
  checkedIn: z.boolean(),
  /** Self-cancellation is possible until then. */
  cancelUntil: TimestampSchema,
  canCancel: z.boolean(),
  /** The certificate's verification code once issued. */
  certificateCode: z.string().nullable(),
  /** Feedback can be given now (checked in, session begun, not yet answered). */
  feedbackOpen: z.boolean(),
});
export type RegistrationView = z.infer<typeof RegistrationViewSchema>;

export const MyRegistrationEntrySchema = RegistrationViewSchema.extend({
  /** The private link's token, so members open the same page as from the mail. */
  token: z.string(),
});
export type MyRegistrationEntry = z.infer<typeof MyRegistrationEntrySchema>;

export const TrainingParticipantSchema = z.object({
  id: IdSchema,
  name: z.string(),
  organisation: z.string(),
  council: z.string().nullable(),
  email: z.string(),
  guest: z.boolean(),
  confirmed: z.boolean(),
  status: RegistrationStatusSchema,
  position: z.number().int().nullable(),
  checkInCode: z.string(),
  checkedInAt: TimestampSchema.nullable(),
  certificateCode: z.string().nullable(),
  registeredAt: TimestampSchema,
});
export type TrainingParticipant = z.infer<typeof TrainingParticipantSchema>;

export const CheckInBodySchema = z
  .object({
    items: z
      .array(
        z.object({
          code: z.string().trim().min(4).max(40),
          /** When the check-in happened on the device (it may sync later). */
          at: z.iso.datetime({ offset: true }),
        }),
      )
      .min(1)
      .max(TRAINING_LIMITS.checkInsPerRequest),
  })
  .strict();
export type CheckInBody = z.input<typeof CheckInBodySchema>;

export const CheckInResultSchema = z.object({
  code: z.string(),
  outcome: z.enum(['checked_in', 'already', 'unknown']),
  registrationId: IdSchema.nullable(),
  name: z.string().nullable(),
});
export type CheckInResult = z.infer<typeof CheckInResultSchema>;

/** What the public verification page may show of a certificate, and nothing else. */
export const CertificateCheckSchema = z.object({
  code: z.string(),
  name: z.string(),
  offerTitle: z.string(),
  date: TimestampSchema,
});
export type CertificateCheck = z.infer<typeof CertificateCheckSchema>;

/**
 * An offer's feedback questionnaire: SurveyJS JSON built with the survey instrument's editor and
 * checked by its rules. Frozen once the first answer is stored.
 */
export const FeedbackQuestionnaireSchema = z.object({
  json: SurveyJsonSchema,
  /** False once an answer is stored: answers always refer to the questionnaire as it is. */
  editable: z.boolean(),
  answers: z.number().int(),
});
export type FeedbackQuestionnaire = z.infer<typeof FeedbackQuestionnaireSchema>;

export const SaveFeedbackQuestionnaireBodySchema = z.object({ json: SurveyJsonSchema }).strict();
export type SaveFeedbackQuestionnaireBody = z.input<typeof SaveFeedbackQuestionnaireBodySchema>;

/** Answers of the feedback questionnaire, keyed by question name (SurveyJS `data`). */
export const FeedbackBodySchema = z
  .object({ answers: z.record(z.string().max(64), z.unknown()) })
  .strict();
export type FeedbackBody = z.input<typeof FeedbackBodySchema>;

export const FeedbackResultsSchema = z.object({
  answers: z.number().int(),
  minAnswers: z.number().int(),
  /** False while fewer than `minAnswers` answered: then no figure is shown at all. */
  shown: z.boolean(),
  questions: z.array(
    z.object({
      name: z.string(),
      /** The question's German title (its name when it has none). */
      title: z.string(),
      type: z.string(),
      /** True when fewer than `minAnswers` answered this question: no figure, no comment. */
      suppressed: z.boolean(),
      /** How many answered it; null when suppressed. */
      answered: z.number().int().nullable(),
      /** Mean of a rating, or null (suppressed or not a rating). */
      mean: z.number().nullable(),
      /** Count per choice or rating value, empty when suppressed or free text. */
      counts: z.record(z.string(), z.number().int()),
      /** Free-text answers (organisers only), in no particular order; empty when suppressed. */
      comments: z.array(z.string()),
    }),
  ),
});
export type FeedbackResults = z.infer<typeof FeedbackResultsSchema>;

const CountRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  registered: z.number().int(),
  attended: z.number().int(),
});
export const TrainingFiguresSchema = z.object({
  byOffer: z.array(CountRowSchema),
  byCouncil: z.array(CountRowSchema),
  byField: z.array(CountRowSchema),
});
export type TrainingFigures = z.infer<typeof TrainingFiguresSchema>;

const TAG = 'training';
const SessionParams = z.object({ sessionId: IdSchema });
const TokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,60}$/, 'is not a registration link'),
});
const CodeParams = z.object({ code: z.string().trim().min(4).max(40) });

export const trainingEndpoints = {
  list: endpoint({
    method: 'get',
    path: '/api/training/offers',
    summary: 'The training catalogue (public), filtered',
    tag: TAG,
    auth: 'public',
    query: TrainingListQuerySchema,
    response: z.object({ items: z.array(TrainingOfferSchema) }),
  }),
  get: endpoint({
    method: 'get',
    path: '/api/training/offers/:id',
    summary: 'One offer with its sessions and free places (public)',
    tag: TAG,
    auth: 'public',
    params: z.object({ id: IdSchema }),
    response: TrainingOfferSchema,
  }),
  create: endpoint({
    method: 'post',
    path: '/api/training/offers',
    summary: 'Create an offer with its sessions (programme coordinators)',
    tag: TAG,
    auth: 'user',
    body: CreateTrainingOfferBodySchema,
    response: TrainingOfferSchema,
    status: 201,
  }),
  update: endpoint({
    method: 'patch',
    path: '/api/training/offers/:id',
    summary: 'Change an offer (programme coordinators)',
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema }),
    body: UpdateTrainingOfferBodySchema,
    response: TrainingOfferSchema,
  }),
  cancelOffer: endpoint({
    method: 'post',
    path: '/api/training/offers/:id/cancel',
    summary: 'Cancel the whole offer; everyone registered or waiting is told by mail',
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema }),
    response: TrainingOfferSchema,
  }),
  updateSession: endpoint({
    method: 'patch',
    path: '/api/training/sessions/:sessionId',
    summary: 'Change time, place or capacity of a session; participants are told of changes',
    tag: TAG,
    auth: 'user',
    params: SessionParams,
    body: UpdateTrainingSessionBodySchema,
    response: TrainingOfferSchema,
  }),
  register: endpoint({
    method: 'post',
    path: '/api/training/sessions/:sessionId/registrations',
    summary: 'Register the signed-in member (a place, or the waiting list)',
    tag: TAG,
    auth: 'user',
    params: SessionParams,
    response: MyRegistrationEntrySchema,
    status: 201,
  }),
  registerGuest: endpoint({
    method: 'post',
    path: '/api/training/sessions/:sessionId/guest-registrations',
    summary: 'Register a guest; the place is held until the e-mail address is confirmed',
    tag: TAG,
    auth: 'public',
    params: SessionParams,
    body: GuestRegistrationBodySchema,
    response: z.object({ email: z.string(), confirmBy: TimestampSchema }),
    status: 202,
  }),
  mine: endpoint({
    method: 'get',
    path: '/api/training/registrations/mine',
    summary: "The signed-in member's registrations",
    tag: TAG,
    auth: 'user',
    response: z.object({ items: z.array(MyRegistrationEntrySchema) }),
  }),
  byToken: endpoint({
    method: 'get',
    path: '/api/training/registrations/by-token/:token',
    summary: 'A registration through its private link (the link is the credential)',
    tag: TAG,
    auth: 'public',
    params: TokenParams,
    response: RegistrationViewSchema,
  }),
  confirm: endpoint({
    method: 'post',
    path: '/api/training/registrations/by-token/:token/confirm',
    summary: "Confirm a guest's e-mail address (double opt-in)",
    tag: TAG,
    auth: 'public',
    params: TokenParams,
    response: RegistrationViewSchema,
  }),
  cancelByToken: endpoint({
    method: 'post',
    path: '/api/training/registrations/by-token/:token/cancel',
    summary: 'Cancel one’s own registration until the deadline',
    tag: TAG,
    auth: 'public',
    params: TokenParams,
    response: RegistrationViewSchema,
  }),
  certificate: endpoint({
    method: 'get',
    path: '/api/training/registrations/by-token/:token/certificate',
    summary: 'The certificate of participation as PDF',
    tag: TAG,
    auth: 'public',
    params: TokenParams,
    response: null,
    status: 200,
    produces: ['application/pdf'],
  }),
  feedbackForm: endpoint({
    method: 'get',
    path: '/api/training/registrations/by-token/:token/feedback',
    summary: 'The feedback questionnaire to answer (SurveyJS JSON)',
    tag: TAG,
    auth: 'public',
    params: TokenParams,
    response: z.object({ json: SurveyJsonSchema }),
  }),
  feedback: endpoint({
    method: 'post',
    path: '/api/training/registrations/by-token/:token/feedback',
    summary: 'Answer the anonymous feedback questionnaire once',
    tag: TAG,
    auth: 'public',
    params: TokenParams,
    body: FeedbackBodySchema,
    response: null,
  }),
  cancelRegistration: endpoint({
    method: 'post',
    path: '/api/training/registrations/:id/cancel',
    summary: 'Cancel a registration (the organiser any, a member their own until the deadline)',
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema }),
    response: TrainingParticipantSchema,
  }),
  move: endpoint({
    method: 'post',
    path: '/api/training/registrations/:id/move',
    summary: 'Move a participant to another session of the same offer (organiser)',
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema }),
    body: z.object({ sessionId: IdSchema }).strict(),
    response: TrainingParticipantSchema,
  }),
  participants: endpoint({
    method: 'get',
    path: '/api/training/sessions/:sessionId/participants',
    summary: 'Registered and waiting people of a session (organiser)',
    tag: TAG,
    auth: 'user',
    params: SessionParams,
    response: z.object({ items: z.array(TrainingParticipantSchema) }),
  }),
  attendanceList: endpoint({
    method: 'get',
    path: '/api/training/sessions/:sessionId/attendance.pdf',
    summary: 'Attendance list to sign, as PDF (organiser)',
    tag: TAG,
    auth: 'user',
    params: SessionParams,
    response: null,
    status: 200,
    produces: ['application/pdf'],
  }),
  checkIn: endpoint({
    method: 'post',
    path: '/api/training/sessions/:sessionId/check-ins',
    summary: 'Check people in by code; repeating a check-in changes nothing (offline sync)',
    tag: TAG,
    auth: 'user',
    params: SessionParams,
    body: CheckInBodySchema,
    response: z.object({ results: z.array(CheckInResultSchema) }),
  }),
  issueCertificates: endpoint({
    method: 'post',
    path: '/api/training/sessions/:sessionId/certificates',
    summary: 'Issue certificates to everyone checked in (again: only to those without one)',
    tag: TAG,
    auth: 'user',
    params: SessionParams,
    response: z.object({ issued: z.number().int(), total: z.number().int() }),
  }),
  verify: endpoint({
    method: 'get',
    path: '/api/training/certificates/:code',
    summary: 'Confirm that a certificate is genuine (public): name, offer and date only',
    tag: TAG,
    auth: 'public',
    params: CodeParams,
    response: CertificateCheckSchema,
  }),
  feedbackQuestionnaire: endpoint({
    method: 'get',
    path: '/api/training/offers/:id/feedback-questionnaire',
    summary: "An offer's feedback questionnaire, for its organiser to edit",
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema }),
    response: FeedbackQuestionnaireSchema,
  }),
  saveFeedbackQuestionnaire: endpoint({
    method: 'put',
    path: '/api/training/offers/:id/feedback-questionnaire',
    summary: 'Change the feedback questionnaire; refused once an answer is stored',
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema }),
    body: SaveFeedbackQuestionnaireBodySchema,
    response: FeedbackQuestionnaireSchema,
  }),
  feedbackResults: endpoint({
    method: 'get',
    path: '/api/training/offers/:id/feedback',
    summary: 'Feedback results of an offer, suppressed below the minimum number of answers',
    tag: TAG,
    auth: 'user',
    params: z.object({ id: IdSchema }),
    response: FeedbackResultsSchema,
  }),
  figures: endpoint({
    method: 'get',
    path: '/api/training/figures',
    summary: 'Participants per offer, council and field of action (programme dashboard)',
    tag: TAG,
    auth: 'user',
    response: TrainingFiguresSchema,
  }),
};
