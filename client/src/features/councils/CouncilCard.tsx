import type { WorkspaceSummary } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../lib/format';
import { councilPaths } from './paths';
import { CouncilPlanLinks } from '../plans/CouncilPlanLinks';

/** One council: name as a heading, then its facts as a description list. */
export function CouncilCard({ council }: { council: WorkspaceSummary }) {
  const { t } = useTranslation();
  const facts = [
    { label: t('councils.municipality'), value: council.municipality },
    { label: t('councils.district'), value: council.district },
    {
      label: t('councils.population'),
      value:
        council.population === null
          ? t('councils.populationUnknown')
          : formatNumber(council.population),
    },
    { label: t('councils.members'), value: formatNumber(council.memberCount) },
    ...(council.myRole
      ? [{ label: t('councils.myRole'), value: t(`vocab.role.${council.myRole}`) }]
      : []),
  ];
  return (
    <article className="card">
      <h3 className="card__title">
        <Link to={councilPaths.home(council.id)}>{council.name}</Link>
      </h3>
      <dl className="facts">
        {facts.map((fact) => (
          <div className="facts__item" key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <CouncilPlanLinks council={council} />
    </article>
  );
}
