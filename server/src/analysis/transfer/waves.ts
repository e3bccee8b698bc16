import type { WaveComparison, WaveItem, WaveQuestion } from '@pnetz/shared';
import type { SecurityAnalysis } from '../analysis.model';
import { earlierWave, indicatorChange, originOfWave } from '../recommendations/findings';
import { resultsOf } from '../results/results.service';

/**
 * Every question of this wave beside the council's previous wave. The mapping is the one the
 * measures use for their indicator (recommendations/findings.ts), run from this wave back: the
 * version histories trace both questionnaires to the standard names, and a difference counts as
 * a change only where the 95 % intervals do not overlap.
 */
export async function waveComparison(analysis: SecurityAnalysis): Promise<WaveComparison> {
  const [results, origin, previous] = await Promise.all([
    resultsOf(analysis, false),
    originOfWave(analysis),
    earlierWave(analysis),
  ]);
  const analysisId = analysis._id.toHexString();
  if (!previous) return { analysisId, previous: null, questions: [] };
  const questions = results.questions.map((question): WaveQuestion => {
    const base = { question: question.name, title: question.title };
    const cell = question.overall;
    if (cell.suppressed)
      return {
        ...base,
        measure: question.kind === 'rating' ? 'mean' : 'share',
        items: [{ state: 'unmapped', option: null, optionLabel: null, reason: 'suppressed' }],
      };
    const figures = cell.mean
      ? [{ option: null, optionLabel: null, value: cell.mean.mean, interval: cell.mean.interval }]
      : cell.options.map((o) => ({
          option: o.value,
          optionLabel: o.label,
          value: o.share,
          interval: o.interval,
        }));
    const measure = cell.mean ? ('mean' as const) : ('share' as const);
    const items = figures.map(({ option, optionLabel, value, interval }): WaveItem => {
      const then = indicatorChange(
        { question: question.name, option, measure },
        { value, interval },
        origin,
        previous,
      );
      if (then.state === 'compared')
        return {
          state: 'compared',
          option,
          optionLabel,
          value,
          interval,
          previousQuestion: then.question,
          previousValue: then.value,
          previousInterval: then.interval,
          difference: -then.difference,
          overlap: !then.changed,
        };
      return {
        state: 'unmapped',
        option,
        optionLabel,
        reason: then.state === 'unmapped' ? then.reason : 'question_missing',
      };
    });
    return { ...base, measure, items };
  });
  return {
    analysisId,
    previous: {
      analysisId: previous.analysis._id.toHexString(),
      analysisTitle: previous.analysis.title,
    },
    questions,
  };
}
