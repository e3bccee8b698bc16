import type {
  FieldError,
  FindingRef,
  IndicatorChange,
  QuestionResult,
  Results,
} from '@pnetz/shared';
import type { Types } from 'mongoose';
import { SecurityAnalysisModel, type SecurityAnalysis } from '../analysis.model';
import { QuestionnaireModel, QuestionnaireVersionModel } from '../questionnaire.model';
import { resultsOf } from '../results/results.service';
import { latestRun } from '../results/weighting.service';
import type { FindingRecord } from './recommendation.model';

export const findingId = (ref: { question: string; option: string | null }) =>
  ref.option === null ? ref.question : `${ref.question}:${ref.option}`;

/**
 * Reads one finding from the results: a share of an answer (with its Wilson interval) or a
 * rating's mean. Returns the problem instead when the results do not carry the figure.
 */
export function readFinding(results: Results, ref: FindingRef): FindingRecord | string {
  const question = results.questions.find((q) => q.name === ref.question);
  if (!question) return `"${ref.question}" is not a question of the weighted results`;
  const cell = question.overall;
  if (cell.suppressed)
    return `"${ref.question}" rests on fewer than ${results.minimumCell} answers`;
  const base = { id: findingId(ref), question: question.name, title: question.title, n: cell.n };
  if (ref.option === null) {
    if (!cell.mean) return `"${ref.question}" has no mean: name one of its answers as option`;
    return {
      ...base,
      option: null,
      optionLabel: null,
      measure: 'mean',
      value: cell.mean.mean,
      interval: cell.mean.interval,
    };
  }
  const option = cell.options.find((o) => o.value === ref.option);
  if (!option) return `"${ref.option}" is not an answer of "${ref.question}"`;
  return {
    ...base,
    option: option.value,
    optionLabel: option.label,
    measure: 'share',
    value: option.share,
    interval: option.interval,
  };
}

/** Reads every cited finding; a 400 names each one the results do not carry. */
export function readFindings(
  results: Results,
  refs: readonly FindingRef[],
  path = 'body.findings',
): { findings: FindingRecord[]; errors: FieldError[] } {
  const found: FindingRecord[] = [];
  const errors: FieldError[] = [];
  refs.forEach((ref, i) => {
    const finding = readFinding(results, ref);
    if (typeof finding === 'string') errors.push({ path: `${path}.${i}`, message: finding });
    else if (!found.some((f) => f.id === finding.id)) found.push(finding);
  });
  return { findings: found, errors };
}

/**
 * A question's name in its questionnaire's first version. Every analysis's questionnaire starts
 * as a copy of the standard questionnaire, and each saved version records the questions renamed
 * since the one before, so tracing the renames back gives the standard name both waves share.
 */
async function originOf(analysisId: Types.ObjectId): Promise<(name: string) => string> {
  const questionnaire = await QuestionnaireModel.findOne({ analysisId }, { _id: 1 }).lean();
  const versions = questionnaire
    ? await QuestionnaireVersionModel.find({ questionnaireId: questionnaire._id }, { renamed: 1 })
        .sort({ version: -1 })
        .lean()
    : [];
  return (name) => versions.reduce((current, v) => v.renamed?.[current] ?? current, name);
}

export interface LaterWave {
  analysis: SecurityAnalysis;
  results: Results;
  origin: (name: string) => string;
}

/** The first of the council's analyses (newest first) with weighted results, loaded as a wave. */
async function firstWithResults(
  analysis: SecurityAnalysis,
  started: { $gt: Date } | { $lt: Date },
): Promise<LaterWave | null> {
  const candidates = await SecurityAnalysisModel.find({
    workspaceId: analysis.workspaceId,
    createdAt: started,
  })
    .sort({ createdAt: -1 })
    .lean<SecurityAnalysis[]>();
  for (const candidate of candidates) {
    if (!(await latestRun(candidate._id))) continue;
    const [results, origin] = await Promise.all([
      resultsOf(candidate, false),
      originOf(candidate._id),
    ]);
    return { analysis: candidate, results, origin };
  }
  return null;
}

/** The council's newest analysis started after this one that has weighted results, if any. */
export const laterWave = (analysis: SecurityAnalysis) =>
  firstWithResults(analysis, { $gt: analysis.createdAt });

/** The council's analysis started last before this one that has weighted results, if any. */
export const earlierWave = (analysis: SecurityAnalysis) =>
  firstWithResults(analysis, { $lt: analysis.createdAt });

/** Loads the tracing of the cited wave once, for all its findings. */
export const originOfWave = (analysis: SecurityAnalysis) => originOf(analysis._id);

/**
 * The indicator in the later wave against its baseline. A difference counts as a change only
 * when the two 95 % intervals do not overlap; where the question cannot be mapped, the reason
 * is given instead of a number.
 */
export function indicatorChange(
  finding: Pick<FindingRecord, 'question' | 'option' | 'measure'>,
  baseline: { value: number; interval: { low: number; high: number } },
  origin: (name: string) => string,
  later: LaterWave | null,
): IndicatorChange {
  if (!later) return { state: 'none' };
  const wave = {
    analysisId: later.analysis._id.toHexString(),
    analysisTitle: later.analysis.title,
  };
  const unmapped = (
    reason: 'question_missing' | 'option_missing' | 'kind_differs' | 'suppressed',
  ) => ({ state: 'unmapped', ...wave, reason }) as const;
  const name = origin(finding.question);
  const question: QuestionResult | undefined = later.results.questions.find(
    (q) => later.origin(q.name) === name,
  );
  if (!question) return unmapped('question_missing');
  const now = readFinding(later.results, { question: question.name, option: finding.option });
  if (typeof now === 'string') {
    if (question.overall.suppressed) return unmapped('suppressed');
    return unmapped(finding.option === null ? 'kind_differs' : 'option_missing');
  }
  if (now.measure !== finding.measure) return unmapped('kind_differs');
  const changed =
    now.interval.low > baseline.interval.high || now.interval.high < baseline.interval.low;
  return {
    state: 'compared',
    ...wave,
    question: question.name,
    value: now.value,
    interval: now.interval,
    difference: now.value - baseline.value,
    changed,
  };
}
