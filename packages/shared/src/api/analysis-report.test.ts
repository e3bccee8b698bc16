import { readFigureRef, reportFigure } from './analysis-report';
import type { ResultCell, Results } from './results';

const label = (text: string) => ({ de: text, en: text });
const shown = (n: number, shares: Record<string, number>): ResultCell => ({
  suppressed: false,
  n,
  nEff: n / 1.2,
  options: Object.entries(shares).map(([value, share]) => ({
    value,
    label: label(`Antwort ${value}`),
    share,
    interval: { low: share / 2, high: (1 + share) / 2 },
    unweighted: share,
  })),
  mean: null,
});

const results = {
  analysisId: '0123456789abcdef01234567',
  minimumCell: 10,
  run: { id: '0123456789abcdef01234568' },
  returns: { sent: 100, returned: 40, rate: 0.4, byMargin: [] },
  questions: [
    {
      name: 'safe_night_area',
      page: 'p1',
      kind: 'single',
      title: label('Sicher nachts?'),
      scale: null,
      overall: shown(40, { '1': 0.6, '2': 0.4 }),
      breakdowns: [
        {
          variable: 'district',
          groups: [
            { category: 'Nord', cell: shown(31, { '1': 0.7, '2': 0.3 }) },
            { category: 'Hof', cell: { suppressed: true } },
          ],
        },
      ],
    },
  ],
  indices: [
    {
      scale: 'fear',
      items: [],
      alpha: 0.8,
      warning: false,
      overall: { ...shown(40, {}), mean: { mean: 2.4, interval: { low: 2.2, high: 2.6 } } },
      breakdowns: [],
    },
  ],
  permissions: { manage: false },
} as unknown as Results;

describe('a figure block reads its numbers from the results', () => {
  it('gives one value per answer option with its interval', () => {
    const figure = reportFigure(results, {
      source: 'question',
      name: 'safe_night_area',
      breakdown: 'overall',
    });
    expect(figure).toMatchObject({
      measure: 'share',
      series: [label('Antwort 1'), label('Antwort 2')],
      rows: [
        {
          group: 'overall',
          suppressed: false,
          n: 40,
          values: [
            { value: 0.6, low: 0.3, high: 0.8 },
            { value: 0.4, low: 0.2, high: 0.7 },
          ],
        },
      ],
    });
  });

  it('keeps a suppressed group without any number', () => {
    const figure = reportFigure(results, {
      source: 'question',
      name: 'safe_night_area',
      breakdown: 'district',
    })!;
    expect(figure.rows).toEqual([
      expect.objectContaining({ group: 'Nord', suppressed: false }),
      { group: 'Hof', suppressed: true },
    ]);
  });

  it('shows an index as its mean, and nothing for what the results do not hold', () => {
    expect(
      reportFigure(results, { source: 'index', name: 'fear', breakdown: 'overall' }),
    ).toMatchObject({
      measure: 'mean',
      rows: [{ suppressed: false, values: [{ value: 2.4, low: 2.2, high: 2.6 }] }],
    });
    expect(
      reportFigure(results, { source: 'question', name: 'gone', breakdown: 'overall' }),
    ).toBeNull();
  });

  it('reads only well-formed references from the stored block', () => {
    expect(readFigureRef({ source: 'question', name: 'q1', breakdown: 'sex' })).toEqual({
      source: 'question',
      name: 'q1',
      breakdown: 'sex',
    });
    expect(readFigureRef({ source: 'question', name: 'q1', breakdown: 'street' })).toMatchObject({
      breakdown: 'overall',
    });
    expect(readFigureRef({ source: 'script', name: 'q1' })).toBeNull();
    expect(readFigureRef({ source: 'index', name: '' })).toBeNull();
    expect(readFigureRef({ source: 'index', name: 'x'.repeat(65) })).toBeNull();
  });
});
