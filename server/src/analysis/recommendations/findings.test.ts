import type { QuestionResult, Results } from '@pnetz/shared';
import { Types } from 'mongoose';
import type { SecurityAnalysis } from '../analysis.model';
import { indicatorChange, readFinding, type LaterWave } from './findings';

const label = (de: string) => ({ de, en: de });

function question(
  name: string,
  options: Array<{ value: string; share: number; low: number; high: number }>,
  mean: { mean: number; low: number; high: number } | null = null,
): QuestionResult {
  return {
    name,
    page: 'safety',
    kind: mean ? 'rating' : 'single',
    title: label(name),
    scale: null,
    overall: {
      suppressed: false,
      n: 400,
      nEff: 350,
      options: options.map((o) => ({
        value: o.value,
        label: label(o.value),
        share: o.share,
        interval: { low: o.low, high: o.high },
        unweighted: o.share,
      })),
      mean: mean ? { mean: mean.mean, interval: { low: mean.low, high: mean.high } } : null,
    },
    breakdowns: [],
  };
}

function results(questions: QuestionResult[]): Results {
  return {
    analysisId: new Types.ObjectId().toHexString(),
    minimumCell: 10,
    run: null,
    returns: { sent: 0, returned: 0, rate: null, byMargin: [] },
    questions,
    indices: [],
    permissions: { manage: false },
  };
}

const wave = (questions: QuestionResult[], renamed: Record<string, string> = {}): LaterWave => ({
  analysis: { _id: new Types.ObjectId(), title: 'Welle 2029' } as SecurityAnalysis,
  results: results(questions),
  origin: (name) => renamed[name] ?? name,
});

const same = (name: string) => name;
const baseline = { value: 0.3, interval: { low: 0.25, high: 0.35 } };
const avoid = { question: 'avoid_places', option: 'yes', measure: 'share' } as const;

describe('the indicator in a later wave', () => {
  it('is a change only where the two intervals do not overlap', () => {
    const lower = wave([
      question('avoid_places', [{ value: 'yes', share: 0.2, low: 0.16, high: 0.24 }]),
    ]);
    expect(indicatorChange(avoid, baseline, same, lower)).toMatchObject({
      state: 'compared',
      value: 0.2,
      changed: true,
    });
    const overlapping = wave([
      question('avoid_places', [{ value: 'yes', share: 0.27, low: 0.22, high: 0.32 }]),
    ]);
    const change = indicatorChange(avoid, baseline, same, overlapping);
    expect(change).toMatchObject({ state: 'compared', changed: false });
    expect(change.state === 'compared' && change.difference).toBeCloseTo(-0.03, 10);
  });

  it('follows recorded renames on both sides', () => {
    const renamed = wave(
      [question('orte_meiden', [{ value: 'yes', share: 0.31, low: 0.26, high: 0.36 }])],
      { orte_meiden: 'avoid_places' },
    );
    expect(indicatorChange(avoid, baseline, same, renamed)).toMatchObject({
      state: 'compared',
      question: 'orte_meiden',
    });
  });

  it('names why it cannot compare instead of giving a number', () => {
    const missing = wave([
      question('orte_meiden', [{ value: 'yes', share: 0.3, low: 0.2, high: 0.4 }]),
    ]);
    expect(indicatorChange(avoid, baseline, same, missing)).toMatchObject({
      state: 'unmapped',
      reason: 'question_missing',
    });
    const noOption = wave([
      question('avoid_places', [{ value: 'ja', share: 0.3, low: 0.2, high: 0.4 }]),
    ]);
    expect(indicatorChange(avoid, baseline, same, noOption)).toMatchObject({
      reason: 'option_missing',
    });
    const noMean = wave([
      question('safe_night_area', [{ value: '1', share: 0.3, low: 0.2, high: 0.4 }]),
    ]);
    expect(
      indicatorChange(
        { question: 'safe_night_area', option: null, measure: 'mean' },
        { value: 2.1, interval: { low: 2, high: 2.2 } },
        same,
        noMean,
      ),
    ).toMatchObject({ reason: 'kind_differs' });
    const suppressed = wave([{ ...question('avoid_places', []), overall: { suppressed: true } }]);
    expect(indicatorChange(avoid, baseline, same, suppressed)).toMatchObject({
      reason: 'suppressed',
    });
    expect(indicatorChange(avoid, baseline, same, null)).toEqual({ state: 'none' });
  });
});

describe('reading a finding', () => {
  it('takes the share or the mean with its interval, and refuses what the results lack', () => {
    const figures = results([
      question('safe_night_area', [{ value: '1', share: 0.4, low: 0.35, high: 0.45 }], {
        mean: 2.1,
        low: 2.0,
        high: 2.2,
      }),
    ]);
    expect(readFinding(figures, { question: 'safe_night_area', option: null })).toMatchObject({
      id: 'safe_night_area',
      measure: 'mean',
      value: 2.1,
      interval: { low: 2.0, high: 2.2 },
    });
    expect(readFinding(figures, { question: 'safe_night_area', option: '1' })).toMatchObject({
      id: 'safe_night_area:1',
      measure: 'share',
      value: 0.4,
      n: 400,
    });
    expect(readFinding(figures, { question: 'safe_night_area', option: '9' })).toMatch(
      /is not an answer/,
    );
    expect(readFinding(figures, { question: 'nichts', option: null })).toMatch(/not a question/);
  });
});
