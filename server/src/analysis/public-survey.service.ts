import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Types } from 'mongoose';
import {
  SURVEY_LIMITS,
  type SaveDraftBody,
  type SubmitSurveyBody,
  type SurveyLanguage,
  type SurveySession,
} from '@pnetz/shared';
import { AppError, notFound, validationFailed } from '../errors';
import { AccessCodeModel, type AccessCode } from './access-code.model';
import { CodeClaimModel } from './code-claim.model';
import { QuestionnaireModel, type QuestionnaireRecord } from './questionnaire.model';
import { checkAnswers, stratumOf } from './questionnaire/answers';
import { languagesOf } from './questionnaire.service';
import { ResponseModel, responseDay } from './response.model';
import { DRAFT_DAYS, SurveyDraftModel } from './survey-draft.model';

const draftCutoff = () => new Date(Date.now() - DRAFT_DAYS * 86_400_000);

/**
 * The public answering page's logic: no account, only an access code. Every refusal (unknown,
 * forged or used code; answers that do not fit) stores nothing.
 */

export const codeUsed = () =>
  new AppError('access_code_used', 410, 'This access code has been used already');
const unknownCode = () => notFound('Access code');

interface OpenCode {
  code: AccessCode;
  questionnaire: QuestionnaireRecord;
}

export const surveyClosed = () =>
  new AppError('survey_closed', 410, 'The survey has ended; no more answers are accepted');

/**
 * The JSON of questionnaire versions, by questionnaire id and version. A version never changes
 * (every edit makes a new one, and a questionnaire in the field is frozen), so the public page
 * reads its roughly 100 KB once per process instead of on every request.
 */
const versionJson = new Map<string, Record<string, unknown>>();
const VERSIONS_KEPT = 50;

async function questionnaireJson(
  questionnaire: Omit<QuestionnaireRecord, 'json'>,
): Promise<Record<string, unknown>> {
  const key = `${questionnaire._id.toHexString()}:${questionnaire.version}`;
  const kept = versionJson.get(key);
  if (kept) return kept;
  const found = await QuestionnaireModel.findOne(
    { _id: questionnaire._id, version: questionnaire.version },
    { json: 1 },
  ).lean();
  if (!found) throw unknownCode();
  if (versionJson.size >= VERSIONS_KEPT) versionJson.delete(versionJson.keys().next().value!);
  versionJson.set(key, found.json);
  return found.json;
}

/**
 * Questionnaire ids by analysis: an analysis keeps its one questionnaire, so the page asks for it
 * by `_id` (one row on the embedded database) instead of searching by analysis on every request.
 */
const questionnaireIds = new LRUCache<string, Types.ObjectId>({ max: 500 });

/** The analysis's questionnaire without its JSON; its status is read fresh every time. */
async function questionnaireOf(
  analysisId: Types.ObjectId,
): Promise<Omit<QuestionnaireRecord, 'json'> | null> {
  const key = analysisId.toHexString();
  const id = questionnaireIds.get(key);
  const found =
    (id && (await QuestionnaireModel.findById(id, { json: 0 }).lean())) ||
    (await QuestionnaireModel.findOne({ analysisId }, { json: 0 }).lean());
  if (found) questionnaireIds.set(key, found._id);
  return found;
}

/**
 * The code's record and its analysis's questionnaire in the field; refuses anything else. After
 * fieldwork has ended every code, used or not, gets `survey_closed`, so a late answer is refused
 * with a reason the respondent understands.
 */
async function openCode(codeHash: string): Promise<OpenCode> {
  const code = await AccessCodeModel.findById(codeHash).lean();
  if (!code) throw unknownCode();
  const questionnaire = await questionnaireOf(code.analysisId);
  if (questionnaire?.status === 'closed') throw surveyClosed();
  if (code.usedOn !== null) throw codeUsed();
  // Codes of an analysis whose fieldwork has not started open nothing.
  if (questionnaire?.status !== 'field') throw unknownCode();
  return {
    code,
    questionnaire: { ...questionnaire, json: await questionnaireJson(questionnaire) },
  };
}

function checkLanguage(questionnaire: QuestionnaireRecord, language: SurveyLanguage): void {
  if (!languagesOf(questionnaire).includes(language))
    throw validationFailed([
      { path: 'body.language', message: `"${language}" is not offered by this questionnaire` },
    ]);
}

function checkSize(answers: Record<string, unknown>): void {
  if (Buffer.byteLength(JSON.stringify(answers)) > SURVEY_LIMITS.answersMaxBytes)
    throw validationFailed([{ path: 'body.answers', message: 'are too large' }]);
}

export async function openSession(codeHash: string): Promise<SurveySession> {
  const { questionnaire } = await openCode(codeHash);
  const stored = await SurveyDraftModel.findById(codeHash).lean();
  const draft = stored && stored.updatedAt >= draftCutoff() ? stored : null;
  const languages = languagesOf(questionnaire);
  return {
    questionnaire: questionnaire.json as SurveySession['questionnaire'],
    languages,
    draft:
      draft && languages.includes(draft.language as SurveyLanguage)
        ? { answers: draft.answers, language: draft.language as SurveyLanguage, page: draft.page }
        : null,
  };
}

/**
 * Saves answers so far. They are checked like a submission except that required questions may
 * still be open, so a draft never holds what a submission would refuse.
 */
export async function saveDraft(codeHash: string, body: SaveDraftBody): Promise<void> {
  const { code, questionnaire } = await openCode(codeHash);
  checkLanguage(questionnaire, body.language);
  checkSize(body.answers);
  const { errors } = checkAnswers(questionnaire.json, body.answers, { required: false });
  if (errors.length > 0) throw validationFailed(errors, 'An answer does not fit its question');
  await SurveyDraftModel.updateOne(
    { _id: codeHash },
    {
      $set: {
        codeHash,
        analysisId: code.analysisId,
        answers: body.answers,
        language: body.language,
        page: body.page ?? 0,
        updatedAt: new Date(),
      },
    },
    { upsert: true },
  );
  // Partial answers nobody came back to do not stay: a sweep on every save, as the embedded
  // database has no TTL index.
  await SurveyDraftModel.deleteMany({
    analysisId: code.analysisId,
    updatedAt: { $lt: draftCutoff() },
  });
}

const UNDO_ATTEMPTS = 5;

/** Runs one step of undoing a failed submission, retrying a few times with a growing pause. */
async function undo(step: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await step();
      return;
    } catch (error) {
      if (attempt >= UNDO_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/**
 * Stores the answers as an anonymous response and uses up the code. The code is claimed by an
 * insert under its hash (see code-claim.model.ts), so of many concurrent submissions with the same
 * code exactly one gets it; the others are refused and store nothing. Then the code is marked used
 * today and the response stored.
 */
export async function submit(
  codeHash: string,
  body: SubmitSurveyBody,
): Promise<{ analysisId: string }> {
  const { questionnaire } = await openCode(codeHash);
  checkLanguage(questionnaire, body.language);
  checkSize(body.answers);
  const { answers, errors } = checkAnswers(questionnaire.json, body.answers);
  if (errors.length > 0) throw validationFailed(errors, 'An answer does not fit its question');

  const today = responseDay();
  try {
    await CodeClaimModel.create({ _id: codeHash });
  } catch (error) {
    if ((error as { code?: number }).code === 11000) throw codeUsed();
    throw error;
  }
  // Made here so a failed store can take exactly this response back (a random UUID, see the model).
  const responseId = randomUUID();
  try {
    // One write after the other: the embedded database's single writer makes parallel writes
    // wait for each other, which is slower than taking turns.
    // By `_id` alone (one row on the embedded database): the claim above already made this
    // submission the only one for the code.
    const taken = await AccessCodeModel.updateOne({ _id: codeHash }, { $set: { usedOn: today } });
    if (taken.matchedCount !== 1) throw codeUsed();
    await ResponseModel.create({
      _id: responseId,
      analysisId: questionnaire.analysisId,
      questionnaireVersion: questionnaire.version,
      channel: 'online',
      submittedOn: today,
      language: body.language,
      answers,
      stratum: stratumOf(answers),
    });
  } catch (error) {
    // Give the code back so the respondent can try again; nothing was stored. A database that
    // just refused a write (a busy embedded database) may refuse the undo too: it is retried,
    // as a claim left behind would make the code look used for good.
    await undo(() => ResponseModel.deleteOne({ _id: responseId }));
    await undo(() => AccessCodeModel.updateOne({ _id: codeHash }, { $set: { usedOn: null } }));
    await undo(() => CodeClaimModel.deleteOne({ _id: codeHash }));
    throw error;
  }
  await SurveyDraftModel.deleteOne({ _id: codeHash });
  return { analysisId: questionnaire.analysisId.toHexString() };
}
