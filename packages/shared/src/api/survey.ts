// Long by design: a feature's contract keeps its schemas and its endpoint map together, so that
// server, client and OpenAPI document read one file.
import { z } from 'zod';
import { IdParamsSchema, IdSchema, TimestampSchema } from '../common';
import { endpoint } from './endpoint';

/**
 * The languages a questionnaire can be answered in; German is SurveyJS' `default` locale of every
 * text, the others are keys of its localizable strings. Arabic is written right to left.
 */
export const SURVEY_LANGUAGES = ['de', 'en', 'uk', 'ru', 'ar', 'tr', 'vi'] as const;
export const SurveyLanguageSchema = z.enum(SURVEY_LANGUAGES);
export type SurveyLanguage = z.infer<typeof SurveyLanguageSchema>;
export const RTL_LANGUAGES: readonly SurveyLanguage[] = ['ar'];

export const SURVEY_LIMITS = {
  /** The questionnaire's JSON, as stored and sent. */
  questionnaireMaxBytes: 512 * 1024,
  /** One respondent's answers. */
  answersMaxBytes: 64 * 1024,
  /** Free-text answers are cut to this length at most. */
  textAnswerMaxLength: 2000,
  questionsMax: 200,
  sheetNumberMax: 999_999,
} as const;

/**
 * `draft`: the council edits it; `field`: fieldwork has started, the questionnaire is frozen;
 * `closed`: fieldwork has ended.
 */
export const QUESTIONNAIRE_STATUSES = ['draft', 'field', 'closed'] as const;
export const QuestionnaireStatusSchema = z.enum(QUESTIONNAIRE_STATUSES);
export type QuestionnaireStatus = z.infer<typeof QuestionnaireStatusSchema>;

/** A SurveyJS JSON model (`pages` of `elements`); the server checks its shape further. */
export const SurveyJsonSchema = z
  .object({ pages: z.array(z.record(z.string(), z.unknown())).min(1, 'needs at least one page') })
  .catchall(z.unknown());
export type SurveyJson = z.infer<typeof SurveyJsonSchema>;

/** Which questions of a language still lack a translation (names of questions or their choices). */
export const TranslationStatusSchema = z.object({
  language: SurveyLanguageSchema,
  total: z.number().int().nonnegative(),
  missing: z.array(z.string()),
});
export type TranslationStatus = z.infer<typeof TranslationStatusSchema>;

export const QuestionnaireVersionSummarySchema = z.object({
  version: z.number().int().positive(),
  createdAt: TimestampSchema,
  createdBy: z.string(),
  questions: z.number().int().nonnegative(),
  /** Question name in this version → its name in the version before (renamed questions only). */
  renamed: z.record(z.string(), z.string()),
});
export type QuestionnaireVersionSummary = z.infer<typeof QuestionnaireVersionSummarySchema>;

export const QuestionnaireSchema = z.object({
  id: IdSchema,
  analysisId: IdSchema,
  version: z.number().int().positive(),
  status: QuestionnaireStatusSchema,
  /** Languages offered on the public page; German is always among them. */
  languages: z.array(SurveyLanguageSchema),
  json: SurveyJsonSchema,
  translations: z.array(TranslationStatusSchema),
  versions: z.array(QuestionnaireVersionSummarySchema),
  /** The caller may edit it (owners while it is a draft). */
  editable: z.boolean(),
  /** The caller may end the fieldwork (owners while it runs). */
  canEndFieldwork: z.boolean(),
  updatedAt: TimestampSchema,
});
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

export const SaveQuestionnaireBodySchema = z
  .object({
    /** The version the edit started from; a stale one is refused so no edit is lost. */
    baseVersion: z.number().int().positive(),
    json: SurveyJsonSchema,
    languages: z
      .array(SurveyLanguageSchema)
      .min(1)
      .refine((list) => list.includes('de'), 'must include de')
      .optional(),
    /** New question name → old name, for questions renamed in this edit. */
    renamed: z.record(z.string(), z.string()).default({}),
  })
  .strict();
export type SaveQuestionnaireBody = z.input<typeof SaveQuestionnaireBodySchema>;

export const QuestionnaireVersionParamsSchema = z.object({
  id: IdSchema,
  version: z.coerce.number().int().positive(),
});

/** An access code as typed: spaces, dashes and lower case are accepted. */
const CodeSchema = z.string().trim().min(4, 'must be an access code').max(64);

export const SurveySessionBodySchema = z.object({ code: CodeSchema }).strict();

/** What the answering page gets for a valid, unused code. */
export const SurveySessionSchema = z.object({
  questionnaire: SurveyJsonSchema,
  languages: z.array(SurveyLanguageSchema),
  /** Answers saved earlier under this code, to resume. */
  draft: z
    .object({
      answers: z.record(z.string(), z.unknown()),
      language: SurveyLanguageSchema,
      page: z.number().int().nonnegative(),
    })
    .nullable(),
});
export type SurveySession = z.infer<typeof SurveySessionSchema>;

const AnswersSchema = z.record(z.string(), z.unknown());

export const SaveDraftBodySchema = z
  .object({
    code: CodeSchema,
    answers: AnswersSchema,
    language: SurveyLanguageSchema,
    page: z.number().int().nonnegative().max(1000).default(0),
  })
  .strict();
export type SaveDraftBody = z.input<typeof SaveDraftBodySchema>;

export const SubmitSurveyBodySchema = z
  .object({ code: CodeSchema, answers: AnswersSchema, language: SurveyLanguageSchema })
  .strict();
export type SubmitSurveyBody = z.input<typeof SubmitSurveyBodySchema>;

/** One typing of a returned paper sheet. */
export const PaperEntryBodySchema = z
  .object({
    sheetNumber: z.number().int().positive().max(SURVEY_LIMITS.sheetNumberMax),
    answers: AnswersSchema,
  })
  .strict();
export type PaperEntryBody = z.input<typeof PaperEntryBodySchema>;

export const PAPER_SHEET_STATES = ['first_entry', 'differences', 'resolved'] as const;
export const PaperSheetStateSchema = z.enum(PAPER_SHEET_STATES);
export type PaperSheetState = z.infer<typeof PaperSheetStateSchema>;

/** A question both typings disagree on: the two values side by side. */
export const PaperDifferenceSchema = z.object({
  question: z.string(),
  first: z.unknown(),
  second: z.unknown(),
});
export type PaperDifference = z.infer<typeof PaperDifferenceSchema>;

export const PaperSheetSchema = z.object({
  sheetNumber: z.number().int().positive(),
  state: PaperSheetStateSchema,
  /** The caller typed the first entry (so the second must be someone else). */
  enteredByMe: z.boolean(),
  differences: z.array(PaperDifferenceSchema),
});
export type PaperSheet = z.infer<typeof PaperSheetSchema>;

export const PaperSheetParamsSchema = z.object({
  id: IdSchema,
  sheetNumber: z.coerce.number().int().positive(),
});

export const ResolvePaperSheetBodySchema = z
  .object({
    /** For every difference, the value the sheet really shows (null: left blank). */
    answers: AnswersSchema,
  })
  .strict();
export type ResolvePaperSheetBody = z.input<typeof ResolvePaperSheetBodySchema>;

const TAG = 'survey';
const PUBLIC_TAG = 'public survey';

export const surveyEndpoints = {
  createQuestionnaire: endpoint({
    method: 'post',
    path: '/api/analyses/:id/questionnaire',
    summary: 'Start the analysis’s questionnaire as a copy of the standard questionnaire (owners)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: QuestionnaireSchema,
    status: 201,
  }),
  getQuestionnaire: endpoint({
    method: 'get',
    path: '/api/analyses/:id/questionnaire',
    summary: 'The analysis’s questionnaire with its translations and versions',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: QuestionnaireSchema,
  }),
  saveQuestionnaire: endpoint({
    method: 'put',
    path: '/api/analyses/:id/questionnaire',
    summary: 'Save an edit as a new version (owners; refused once fieldwork has started)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: SaveQuestionnaireBodySchema,
    response: QuestionnaireSchema,
  }),
  questionnaireVersion: endpoint({
    method: 'get',
    path: '/api/analyses/:id/questionnaire/versions/:version',
    summary: 'The JSON of one earlier version',
    tag: TAG,
    auth: 'user',
    params: QuestionnaireVersionParamsSchema,
    response: z.object({ version: z.number().int().positive(), json: SurveyJsonSchema }),
  }),
  startFieldwork: endpoint({
    method: 'post',
    path: '/api/analyses/:id/questionnaire/fieldwork',
    summary: 'Freeze the questionnaire and open the public page (every language complete)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: QuestionnaireSchema,
  }),
  endFieldwork: endpoint({
    method: 'post',
    path: '/api/analyses/:id/questionnaire/fieldwork/end',
    summary:
      'End fieldwork: the public page closes, later answers are refused, saved drafts are deleted (owners)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: QuestionnaireSchema,
  }),
  paperSheets: endpoint({
    method: 'get',
    path: '/api/analyses/:id/paper-sheets',
    summary: 'Returned paper sheets typed so far, with their differences',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    response: z.object({ items: z.array(PaperSheetSchema) }),
  }),
  enterPaperSheet: endpoint({
    method: 'post',
    path: '/api/analyses/:id/paper-sheets',
    summary: 'Type a returned paper sheet (twice, by two different people)',
    tag: TAG,
    auth: 'user',
    params: IdParamsSchema,
    body: PaperEntryBodySchema,
    response: PaperSheetSchema,
    status: 201,
  }),
  resolvePaperSheet: endpoint({
    method: 'post',
    path: '/api/analyses/:id/paper-sheets/:sheetNumber/resolve',
    summary: 'Settle the differences of a sheet typed twice; it becomes a paper response',
    tag: TAG,
    auth: 'user',
    params: PaperSheetParamsSchema,
    body: ResolvePaperSheetBodySchema,
    response: PaperSheetSchema,
  }),
  session: endpoint({
    method: 'post',
    path: '/api/public/survey/session',
    summary: 'Open the questionnaire with an access code (no account); returns a saved draft',
    tag: PUBLIC_TAG,
    auth: 'public',
    body: SurveySessionBodySchema,
    response: SurveySessionSchema,
    /** An unknown code (404), a used one or a survey that has ended (410), too many attempts (429). */
    errors: [404, 410, 429],
  }),
  saveDraft: endpoint({
    method: 'put',
    path: '/api/public/survey/draft',
    summary: 'Save answers so far under the access code, to resume later',
    tag: PUBLIC_TAG,
    auth: 'public',
    body: SaveDraftBodySchema,
    response: null,
    /** An unknown code (404), a used one or a survey that has ended (410), too many attempts (429). */
    errors: [404, 410, 429],
  }),
  submit: endpoint({
    method: 'post',
    path: '/api/public/survey/submit',
    summary: 'Submit the answers; uses up the access code',
    tag: PUBLIC_TAG,
    auth: 'public',
    body: SubmitSurveyBodySchema,
    response: null,
    /** An unknown code (404), a used one or a survey that has ended (410), too many attempts (429). */
    errors: [404, 410, 429],
    status: 201,
  }),
};
