import type { Recommendation } from '@pnetz/shared';
import { draftOf } from './draft';

const finding = {
  id: 'avoid_places:yes',
  question: 'avoid_places',
  option: 'yes',
  title: { de: 'Meiden Sie Orte?', en: 'Do you avoid places?' },
  optionLabel: { de: 'ja', en: 'yes' },
  measure: 'share' as const,
  value: 0.3,
  interval: { low: 0.25, high: 0.35 },
  n: 400,
};

const base = {
  analysisId: '0123456789abcdef01234567',
  text: '',
  findings: [finding],
  createdBy: { id: '0123456789abcdef01234568', name: 'Ada Analyse', former: false },
  createdAt: '2026-05-01T10:00:00.000Z',
  decidedAt: '2026-06-01T10:00:00.000Z',
} satisfies Partial<Recommendation>;

const accepted: Recommendation = {
  ...base,
  id: '0123456789abcdef01234569',
  title: 'Beleuchtung verbessern',
  status: 'accepted',
  declineReason: null,
  measure: {
    planId: '0123456789abcdef0123456a',
    planTitle: 'Handlungskonzept',
    measureId: 'm1',
    findingId: 'avoid_places:yes',
    baseline: { value: 0.3, interval: { low: 0.25, high: 0.35 } },
    target: 0.2,
    change: {
      state: 'compared',
      analysisId: '0123456789abcdef0123456b',
      analysisTitle: 'Befragung 2029',
      question: 'avoid_places',
      value: 0.18,
      interval: { low: 0.14, high: 0.22 },
      difference: -0.12,
      changed: true,
    },
  },
};

const declined: Recommendation = {
  ...base,
  id: '0123456789abcdef0123456c',
  title: 'Kameras',
  status: 'declined',
  declineReason: 'Prävention statt Überwachung.',
  measure: null,
};

describe('the experience report drafted from an analysis', () => {
  const draft = draftOf('Sicherheitsanalyse 2026', [accepted, declined]);

  it('counts the decisions and cites each finding once with its interval', () => {
    expect(draft.summary).toContain('2 Empfehlungen');
    expect(draft.summary).toContain('nahm der Rat 1 an und lehnte 1 ab');
    expect(draft.whatWasDone).toContain(
      '- Meiden Sie Orte?: „ja“: 30,0 % (95-%-Konfidenzintervall 25,0 % bis 35,0 %)',
    );
    expect(draft.whatWasDone.match(/Meiden Sie Orte\?: „ja“/g)).toHaveLength(1);
  });

  it('writes the measure with its baseline, target and the change the intervals confirm', () => {
    const line =
      '- Beleuchtung verbessern: Indikator „Meiden Sie Orte?“ (Anteil „ja“), Ausgangswert ' +
      '30,0 %, Zielwert 20,0 %; in der Befragung 2029 18,0 % (-12,0 Prozentpunkte; die ' +
      'Konfidenzintervalle überschneiden sich nicht).';
    expect(draft.whatWasDone).toContain(line);
    expect(draft.whatWorked).toBe(line);
  });

  it('gives the declined recommendation with its reason and names no one', () => {
    expect(draft.whatDidNotWork).toBe('- Kameras: abgelehnt, weil Prävention statt Überwachung.');
    expect(JSON.stringify(draft)).not.toContain('Ada Analyse');
  });
});
