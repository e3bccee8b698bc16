import type { FieldError, PaperEntryBody, PaperSheet } from '@pnetz/shared';
import { Types } from 'mongoose';
import { conflict, forbidden, notFound, validationFailed } from '../errors';
import { PaperEntryModel, PaperSheetModel, type PaperEntryRecord } from './paper.model';
import { QuestionnaireModel, type QuestionnaireRecord } from './questionnaire.model';
import { checkAnswers, stratumOf } from './questionnaire/answers';
import { ResponseModel, responseDay } from './response.model';

/**
 * Paper returns: every sheet is typed twice by two different people; where the two typings
 * differ, a person looks at the sheet and settles each difference; then the sheet becomes a
 * response with channel `paper`. Typings that agree become a response at once.
 */

const isDuplicateKey = (error: unknown) => (error as { code?: number }).code === 11000;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Sheets are typed from the start of fieldwork; those that arrived in time also after its end. */
async function questionnaireInField(analysisId: string): Promise<QuestionnaireRecord> {
  const questionnaire = await QuestionnaireModel.findOne({
    analysisId,
    status: { $in: ['field', 'closed'] },
  }).lean();
  if (!questionnaire) throw conflict('Paper sheets are entered once fieldwork has started');
  return questionnaire;
}

/** Answers as typed: they must fit their questions; questions left blank on paper are allowed. */
function checkTyped(questionnaire: QuestionnaireRecord, answers: Record<string, unknown>) {
  const checked = checkAnswers(questionnaire.json, answers, { required: false });
  if (checked.errors.length > 0)
    throw validationFailed(checked.errors, 'An answer does not fit its question');
  return checked.answers;
}

function differences(first: PaperEntryRecord, second: PaperEntryRecord) {
  const names = [...new Set([...Object.keys(first.answers), ...Object.keys(second.answers)])];
  return names
    .filter((name) => !same(first.answers[name], second.answers[name]))
    .map((question) => ({
      question,
      first: first.answers[question] ?? null,
      second: second.answers[question] ?? null,
    }));
}

function present(
  sheetNumber: number,
  entries: PaperEntryRecord[],
  userId: string,
  resolved: boolean,
): PaperSheet {
  const [first, second] = [...entries].sort((a, b) => a.round - b.round);
  return {
    sheetNumber,
    state: resolved ? 'resolved' : second ? 'differences' : 'first_entry',
    enteredByMe: entries.some((entry) => entry.enteredBy.toHexString() === userId),
    differences: !resolved && first && second ? differences(first, second) : [],
  };
}

/** Turns a sheet's settled answers into a paper response; the sheet number is kept apart. */
async function storeSheet(
  questionnaire: QuestionnaireRecord,
  sheetNumber: number,
  answers: Record<string, unknown>,
): Promise<void> {
  const today = responseDay();
  try {
    await PaperSheetModel.create({
      analysisId: questionnaire.analysisId,
      sheetNumber,
      resolvedOn: today,
    });
  } catch (error) {
    if (isDuplicateKey(error)) throw conflict(`Sheet ${sheetNumber} has already been entered`);
    throw error;
  }
  await ResponseModel.create({
    analysisId: questionnaire.analysisId,
    questionnaireVersion: questionnaire.version,
    channel: 'paper',
    submittedOn: today,
    language: 'de',
    answers,
    stratum: stratumOf(answers),
  });
  await PaperEntryModel.deleteMany({ analysisId: questionnaire.analysisId, sheetNumber });
}

export interface EntryResult {
  sheet: PaperSheet;
  /** A response was stored (both typings agreed). */
  stored: boolean;
}

export async function enterSheet(
  userId: string,
  analysisId: string,
  body: PaperEntryBody,
): Promise<EntryResult> {
  const questionnaire = await questionnaireInField(analysisId);
  const answers = checkTyped(questionnaire, body.answers);
  const { sheetNumber } = body;
  if (await PaperSheetModel.exists({ analysisId, sheetNumber }))
    throw conflict(`Sheet ${sheetNumber} has already been entered`, [
      { path: 'body.sheetNumber', message: 'has already been entered' },
    ]);
  const entries = await PaperEntryModel.find({ analysisId, sheetNumber }).lean();
  if (entries.length >= 2)
    throw conflict(`Sheet ${sheetNumber} has already been typed twice`, [
      { path: 'body.sheetNumber', message: 'has already been typed twice' },
    ]);
  if (entries.some((entry) => entry.enteredBy.toHexString() === userId))
    throw forbidden('The second typing of a sheet must be made by another person');
  const round = entries.length === 0 ? 1 : 2;
  let created: PaperEntryRecord;
  try {
    created = (
      await PaperEntryModel.create({
        analysisId,
        sheetNumber,
        round,
        enteredBy: new Types.ObjectId(userId),
        answers,
      })
    ).toObject();
  } catch (error) {
    if (isDuplicateKey(error))
      throw conflict(`Sheet ${sheetNumber} is being typed by someone else right now`);
    throw error;
  }
  const all = [...entries, created];
  if (round === 2 && differences(all[0]!, created).length === 0) {
    await storeSheet(questionnaire, sheetNumber, answers);
    return { sheet: present(sheetNumber, all, userId, true), stored: true };
  }
  return { sheet: present(sheetNumber, all, userId, false), stored: false };
}

export async function listSheets(userId: string, analysisId: string): Promise<PaperSheet[]> {
  const [entries, resolved] = await Promise.all([
    PaperEntryModel.find({ analysisId }).lean(),
    PaperSheetModel.find({ analysisId }).lean(),
  ]);
  const bySheet = new Map<number, PaperEntryRecord[]>();
  for (const entry of entries)
    bySheet.set(entry.sheetNumber, [...(bySheet.get(entry.sheetNumber) ?? []), entry]);
  const open = [...bySheet].map(([sheet, list]) => present(sheet, list, userId, false));
  const done = resolved.map((sheet) => present(sheet.sheetNumber, [], userId, true));
  return [...open, ...done].sort((a, b) => a.sheetNumber - b.sheetNumber);
}

/**
 * Settles a sheet typed twice: `answers` gives, for every difference, what the sheet shows
 * (null when left blank). Each difference must be settled; agreed answers stay as typed.
 */
export async function resolveSheet(
  userId: string,
  analysisId: string,
  sheetNumber: number,
  settled: Record<string, unknown>,
): Promise<PaperSheet> {
  const questionnaire = await questionnaireInField(analysisId);
  const entries = await PaperEntryModel.find({ analysisId, sheetNumber }).sort({ round: 1 }).lean();
  const [first, second] = entries;
  if (!first || !second) throw notFound('Sheet typed twice');
  const open = differences(first, second);
  const errors: FieldError[] = [
    ...open
      .filter((difference) => !(difference.question in settled))
      .map((difference) => ({
        path: `body.answers.${difference.question}`,
        message: `the difference on "${difference.question}" must be settled`,
      })),
    ...Object.keys(settled)
      .filter((name) => !open.some((difference) => difference.question === name))
      .map((name) => ({
        path: `body.answers.${name}`,
        message: `"${name}" is not a difference of this sheet`,
      })),
  ];
  if (errors.length > 0) throw validationFailed(errors, 'Settle exactly the differences');
  const answers = checkTyped(questionnaire, { ...first.answers, ...settled });
  await storeSheet(questionnaire, sheetNumber, answers);
  return present(sheetNumber, entries, userId, true);
}
