import type { WorkspaceSummary } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { planPaths } from './paths';
import './council-links.css';

/** Links from a council (its card, its home page) to its plans and its deadline overview. */
export function CouncilPlanLinks({ council }: { council: Pick<WorkspaceSummary, 'id' | 'name'> }) {
  const { t } = useTranslation();
  return (
    <nav
      className="council-plan-links"
      aria-label={t('plans.nav.label', { council: council.name })}
    >
      <Link to={planPaths.list(council.id)}>{t('plans.nav.plans')}</Link>
      <Link to={planPaths.deadlines(council.id)}>{t('plans.nav.deadlines')}</Link>
    </nav>
  );
}
