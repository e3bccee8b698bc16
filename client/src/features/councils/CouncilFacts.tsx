import type { WorkspaceProfile } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';

/** The council's profile as a description list. */
export function CouncilFacts({ council }: { council: WorkspaceProfile }) {
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
    {
      label: t('council.profile.policeDirectorate'),
      value: council.policeDirectorate ?? t('councils.populationUnknown'),
    },
    {
      label: t('council.profile.contact'),
      value: council.contactEmail ? (
        <a href={`mailto:${council.contactEmail}`}>{council.contactEmail}</a>
      ) : (
        t('councils.populationUnknown')
      ),
    },
    { label: t('councils.members'), value: formatNumber(council.memberCount) },
    ...(council.myRole
      ? [{ label: t('councils.myRole'), value: t(`vocab.role.${council.myRole}`) }]
      : []),
  ];
  return (
    <dl className="facts council-facts">
      {facts.map((fact) => (
        <div className="facts__item" key={fact.label}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
