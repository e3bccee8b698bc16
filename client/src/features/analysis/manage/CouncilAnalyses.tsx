import type { SecurityAnalysisSummary, WorkspaceProfile } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { analysesQuery, analysisPaths } from './queries';

/** The phase running today, else the next one with a date, else none. */
function currentPhase(analysis: SecurityAnalysisSummary, today: string) {
  const running = analysis.phases.find(
    (p) => p.start !== null && p.start <= today && (p.end === null || p.end >= today),
  );
  return running ?? analysis.phases.find((p) => p.start !== null && p.start > today) ?? null;
}

/** The council's security analyses on its home page, each with its current phase. */
export function CouncilAnalyses({ council }: { council: WorkspaceProfile }) {
  const { t } = useTranslation();
  const heading = useId();
  const { data } = useQuery({ ...analysesQuery(council.id), enabled: council.myRole !== null });
  if (!data || data.items.length === 0) return null;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="section" aria-labelledby={heading}>
      <h2 id={heading} className="section__title">
        {t('analysis.home.title')}
      </h2>
      <ul>
        {data.items.map((analysis) => {
          const phase = currentPhase(analysis, today);
          return (
            <li key={analysis.id}>
              <Link to={analysisPaths.detail(council.id, analysis.id)}>{analysis.title}</Link>
              {' – '}
              {phase
                ? t('analysis.home.phase', { phase: t(`analysis.phases.name.${phase.name}`) })
                : t('analysis.home.noDates')}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
