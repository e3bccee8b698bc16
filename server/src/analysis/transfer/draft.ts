import type { Recommendation, Transfer } from '@pnetz/shared';
import { figure } from '../recommendations/measure';

const points = (difference: number, measure: 'share' | 'mean') => {
  const scaled = measure === 'share' ? difference * 100 : difference;
  const text = scaled.toLocaleString('de-DE', {
    minimumFractionDigits: 1,
    maximumFractionDigits: measure === 'share' ? 1 : 2,
    signDisplay: 'exceptZero',
  });
  return measure === 'share' ? `${text} Prozentpunkte` : `${text} Skalenpunkte`;
};

const reasons: Record<string, string> = {
  question_missing: 'die Frage wurde in der späteren Befragung nicht mehr gestellt',
  option_missing: 'die Antwort wurde in der späteren Befragung nicht angeboten',
  kind_differs: 'die Frage wurde in der späteren Befragung anders gestellt',
  suppressed: 'zu wenige Antworten (unter 10) für eine Aussage',
};

/** The indicator line of an accepted recommendation: baseline, target and any change since. */
function indicatorLine(recommendation: Recommendation): string {
  const measure = recommendation.measure!;
  const finding = recommendation.findings.find((f) => f.id === measure.findingId);
  if (!finding) return `- ${recommendation.title}`;
  const subject = finding.optionLabel
    ? `„${finding.title.de}“ (Anteil „${finding.optionLabel.de}“)`
    : `„${finding.title.de}“ (Mittelwert)`;
  const head =
    `- ${recommendation.title}: Indikator ${subject}, Ausgangswert ` +
    `${figure(finding.measure, measure.baseline.value)}, Zielwert ${figure(finding.measure, measure.target)}`;
  const change = measure.change;
  if (change.state === 'none') return `${head}; noch keine spätere Befragung.`;
  if (change.state === 'unmapped')
    return `${head}; in der ${change.analysisTitle} nicht vergleichbar: ${reasons[change.reason]}.`;
  return (
    `${head}; in der ${change.analysisTitle} ${figure(finding.measure, change.value)} ` +
    `(${points(change.difference, finding.measure)}; ` +
    `${change.changed ? 'die Konfidenzintervalle überschneiden sich nicht' : 'innerhalb der Zufallsschwankung'}).`
  );
}

/**
 * The experience report prefilled from the analysis: its findings, the accepted measures with
 * their indicators and changes, the declined recommendations with the council's reasons. It
 * carries no names, and only figures the results show (cells under 10 never reach a finding).
 */
export function draftOf(
  analysisTitle: string,
  items: readonly Recommendation[],
): Transfer['draft'] {
  const accepted = items.filter((r) => r.status === 'accepted' && r.measure);
  const declined = items.filter((r) => r.status === 'declined');
  const findings = new Map<string, string>();
  for (const recommendation of items)
    for (const f of recommendation.findings) {
      const subject = f.optionLabel ? `${f.title.de}: „${f.optionLabel.de}“` : f.title.de;
      findings.set(
        f.id,
        `- ${subject}: ${figure(f.measure, f.value)} (95-%-Konfidenzintervall ` +
          `${figure(f.measure, f.interval.low)} bis ${figure(f.measure, f.interval.high)})`,
      );
    }
  return {
    title: `Von der Befragung zur Maßnahme: ${analysisTitle}`,
    summary:
      `Aus der ${analysisTitle} leitete das Analyseteam ${items.length} Empfehlungen ab; ` +
      `in der Transferwerkstatt nahm der Rat ${accepted.length} an und lehnte ${declined.length} ab.`,
    whatWasDone: [
      'Befunde der gewichteten Ergebnisse:',
      ...findings.values(),
      '',
      'Angenommene Empfehlungen und ihre Maßnahmen:',
      ...(accepted.length > 0 ? accepted.map(indicatorLine) : ['- keine']),
    ].join('\n'),
    whatWorked: accepted
      .filter((r) => r.measure!.change.state === 'compared' && r.measure!.change.changed)
      .map(indicatorLine)
      .join('\n'),
    whatDidNotWork: declined
      .map((r) => `- ${r.title}: abgelehnt, weil ${r.declineReason ?? ''}`)
      .join('\n'),
  };
}
