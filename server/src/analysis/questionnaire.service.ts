import {
  SURVEY_LIMITS,
  todayInSaxony,
  type FieldError,
  type SaveQuestionnaireBody,
  type SurveyLanguage,
} from '@pnetz/shared';
import { Types } from 'mongoose';
import { conflict, notFound, validationFailed } from '../errors';
import { SecurityAnalysisModel } from './analysis.model';
import { SurveyDraftModel } from './survey-draft.model';
import {
  QuestionnaireModel,
  QuestionnaireVersionModel,
  type QuestionnaireRecord,
  type QuestionnaireVersionRecord,
} from './questionnaire.model';
import { checkQuestionnaire, questionsOf, translationStatus } from './questionnaire/survey-json';
import { questionnaireTemplate } from './questionnaire/template';

const frozen = () =>
  conflict('The questionnaire is in the field and frozen: answers already refer to this version', [
    { path: 'questionnaire', message: 'is frozen while fieldwork runs' },
  ]);

export async function findQuestionnaire(analysisId: string): Promise<QuestionnaireRecord | null> {
  return QuestionnaireModel.findOne({ analysisId }).lean();
}

export async function requireQuestionnaire(analysisId: string): Promise<QuestionnaireRecord> {
  const questionnaire = await findQuestionnaire(analysisId);
  if (!questionnaire) throw notFound('Questionnaire');
  return questionnaire;
}

/** Versions newest first, without their JSON. */
export async function listVersions(
  questionnaireId: Types.ObjectId,
): Promise<Array<Omit<QuestionnaireVersionRecord, 'json'> & { questions: number }>> {
  const versions = await QuestionnaireVersionModel.find({ questionnaireId })
    .sort({ version: -1 })
    .lean();
  return versions.map(({ json, ...rest }) => ({ ...rest, questions: questionsOf(json).length }));
}

export async function versionJson(
  questionnaireId: Types.ObjectId,
  version: number,
): Promise<Record<string, unknown>> {
  const found = await QuestionnaireVersionModel.findOne({ questionnaireId, version }).lean();
  if (!found) throw notFound('Version');
  return found.json;
}

/** Starts the analysis's questionnaire as a copy of the standard one (version 1). */
export async function createQuestionnaire(
  userId: string,
  analysisId: string,
): Promise<QuestionnaireRecord> {
  const json = questionnaireTemplate();
  let created: QuestionnaireRecord;
  try {
    created = (
      await QuestionnaireModel.create({ analysisId, version: 1, status: 'draft', json })
    ).toObject();
  } catch (error) {
    if ((error as { code?: number }).code === 11000)
      throw conflict('The analysis already has a questionnaire');
    throw error;
  }
  await QuestionnaireVersionModel.create({
    questionnaireId: created._id,
    version: 1,
    json,
    renamed: {},
    createdBy: new Types.ObjectId(userId),
  });
  return created;
}

function checkRenames(
  renamed: Record<string, string>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): FieldError[] {
  const oldNames = new Set(questionsOf(before).map((q) => q.name));
  const newNames = new Set(questionsOf(after).map((q) => q.name));
  return Object.entries(renamed).flatMap(([now, was]) => {
    if (!newNames.has(now))
      return [{ path: `body.renamed.${now}`, message: `"${now}" is not a question of the edit` }];
    if (!oldNames.has(was))
      return [{ path: `body.renamed.${now}`, message: `"${was}" was not a question before` }];
    return [];
  });
}

/** Saves an edit as the next version; refused while frozen or when another edit came first. */
export async function saveQuestionnaire(
  userId: string,
  analysisId: string,
  body: SaveQuestionnaireBody,
): Promise<QuestionnaireRecord> {
  const current = await requireQuestionnaire(analysisId);
  if (current.status !== 'draft') throw frozen();
  if (current.version !== body.baseVersion)
    throw conflict(`The questionnaire was saved by someone else (now version ${current.version})`, [
      {
        path: 'body.baseVersion',
        message: `is ${body.baseVersion}, current is ${current.version}`,
      },
    ]);
  const json = body.json as Record<string, unknown>;
  if (Buffer.byteLength(JSON.stringify(json)) > SURVEY_LIMITS.questionnaireMaxBytes)
    throw validationFailed([{ path: 'body.json', message: 'is too large' }]);
  const renamed = body.renamed ?? {};
  const errors = [...checkQuestionnaire(json), ...checkRenames(renamed, current.json, json)];
  if (errors.length > 0) throw validationFailed(errors, 'The questionnaire is not valid');

  // The version record goes first: its unique (questionnaire, version) index lets exactly one of
  // concurrent saves from the same base through (the embedded database runs a conditional update
  // as a read and a write, so the update below alone would not decide).
  const version = current.version + 1;
  try {
    await QuestionnaireVersionModel.create({
      questionnaireId: current._id,
      version,
      json,
      renamed,
      createdBy: new Types.ObjectId(userId),
    });
  } catch (error) {
    if ((error as { code?: number }).code === 11000)
      throw conflict('The questionnaire was saved by someone else');
    throw error;
  }
  const updated = await QuestionnaireModel.findOneAndUpdate(
    { _id: current._id, status: 'draft' },
    { $set: { json, version, ...(body.languages ? { languages: body.languages } : {}) } },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) {
    await QuestionnaireVersionModel.deleteOne({ questionnaireId: current._id, version });
    throw frozen();
  }
  return updated;
}

/**
 * Starts fieldwork: refused while a chosen language lacks a translation (the missing questions
 * are named per language); then the questionnaire is frozen and the public page accepts codes.
 */
export async function startFieldwork(analysisId: string): Promise<QuestionnaireRecord> {
  const current = await requireQuestionnaire(analysisId);
  if (current.status !== 'draft') throw conflict('Fieldwork has already started');
  const incomplete = translationStatus(current.json, current.languages).filter(
    (status) => status.missing.length > 0,
  );
  if (incomplete.length > 0)
    throw validationFailed(
      incomplete.map((status) => ({
        path: `languages.${status.language}`,
        message: `missing translation: ${status.missing.join(', ')}`,
      })),
      'Every chosen language needs a translation of every question',
    );
  const updated = await QuestionnaireModel.findOneAndUpdate(
    { _id: current._id, status: 'draft', version: current.version },
    { $set: { status: 'field', fieldStartedAt: new Date() } },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) throw conflict('The questionnaire changed meanwhile; check it again');
  await recordFieldPhase(analysisId, { start: todayInSaxony() });
  return updated;
}

/**
 * Ends fieldwork: the public page closes (codes open nothing, late answers are refused with
 * `survey_closed`), partial answers saved under codes are deleted, and the day is recorded as the
 * end of the Feldphase. Paper sheets that arrived in time may still be typed and settled.
 */
export async function endFieldwork(analysisId: string): Promise<QuestionnaireRecord> {
  const current = await requireQuestionnaire(analysisId);
  if (current.status === 'draft') throw conflict('Fieldwork has not started yet');
  if (current.status === 'closed') throw conflict('Fieldwork has already ended');
  const updated = await QuestionnaireModel.findOneAndUpdate(
    { _id: current._id, status: 'field' },
    { $set: { status: 'closed', fieldEndedAt: new Date() } },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) throw conflict('Fieldwork has already ended');
  await SurveyDraftModel.deleteMany({ analysisId: current.analysisId });
  await recordFieldPhase(analysisId, { end: todayInSaxony() });
  return updated;
}

/**
 * Writes the actual first or last day of fieldwork into the analysis's Feldphase (a planned day is
 * replaced by the real one; a start planned after the real end gives way to it).
 */
async function recordFieldPhase(
  analysisId: string,
  day: { start: string } | { end: string },
): Promise<void> {
  const analysis = await SecurityAnalysisModel.findById(analysisId, { phases: 1 }).lean();
  if (!analysis) return;
  const phases = analysis.phases.map((phase) => {
    if (phase.name !== 'Feldphase') return phase;
    if ('start' in day)
      return {
        ...phase,
        start: day.start,
        end: phase.end && phase.end < day.start ? null : phase.end,
      };
    const start = phase.start && phase.start <= day.end ? phase.start : day.end;
    return { ...phase, start, end: day.end };
  });
  await SecurityAnalysisModel.updateOne({ _id: analysis._id }, { $set: { phases } });
}

export function languagesOf(questionnaire: QuestionnaireRecord): SurveyLanguage[] {
  return questionnaire.languages.includes('de')
    ? questionnaire.languages
    : ['de', ...questionnaire.languages];
}
