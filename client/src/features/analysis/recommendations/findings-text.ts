import type { Finding } from '@pnetz/shared';
import type { TFunction } from 'i18next';
import { labelIn } from '../results/format';
import { figure } from './queries';

/** What a finding measures: the question and, for a share, the answer. */
export function findingSubject(t: TFunction, finding: Finding, language: string): string {
  return finding.optionLabel
    ? t('recommendations.finding.share', {
        question: labelIn(finding.title, language),
        option: labelIn(finding.optionLabel, language),
      })
    : t('recommendations.finding.mean', { question: labelIn(finding.title, language) });
}

/** One cited finding in words: the subject, the weighted value, its interval and n. */
export function findingText(t: TFunction, finding: Finding, language: string): string {
  const show = (value: number) => figure(finding.measure, value, language);
  return `${findingSubject(t, finding, language)} ${t('recommendations.finding.value', {
    value: show(finding.value),
    low: show(finding.interval.low),
    high: show(finding.interval.high),
    n: finding.n,
  })}`;
}
