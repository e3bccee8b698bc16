import type { MunicipalityDetail } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { count } from '../format';
import { AgreementsSection } from './AgreementsSection';
import { AnalysesSection } from './AnalysesSection';
import { CoachingSection } from './CoachingSection';
import { FundingSection } from './FundingSection';
import { MilestonesSection } from './MilestonesSection';
import { RecordSection } from './RecordSection';

export type HeadingLevel = 2 | 3;

/**
 * A municipality's programme state and records. Coordinators get forms in every section; a
 * council member reads the same sections for their own municipality.
 */
export function MunicipalityRecords({
  detail,
  headingLevel,
}: {
  detail: MunicipalityDetail;
  headingLevel: HeadingLevel;
}) {
  const { t } = useTranslation();
  const { municipality: m, status } = detail;
  const facts = [
    { label: t('programme.municipality.district'), value: m.district },
    {
      label: t('programme.municipality.population'),
      value: m.population === null ? t('councils.populationUnknown') : count(m.population),
    },
    { label: t('programme.municipality.police'), value: m.policeDirectorate || '–' },
    {
      label: t('programme.municipality.council'),
      value: m.workspaceName ?? t('programme.municipality.noWorkspace'),
    },
    {
      label: t('programme.municipality.contact'),
      value: [m.contact.name, m.contact.email, m.contact.phone].filter(Boolean).join(', ') || '–',
    },
    {
      label: t('programme.municipality.elements'),
      value:
        status.elements.length === 0
          ? t('programme.map.noElement')
          : status.elements.map((e) => t(`programme.element.${e}`)).join(', '),
    },
  ];
  return (
    <div className="programme-records" data-municipality={m.name}>
      <RecordSection title={t('programme.municipality.statusTitle')} level={headingLevel}>
        <dl className="facts">
          {facts.map((fact) => (
            <div className="facts__item" key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </RecordSection>
      <MilestonesSection detail={detail} headingLevel={headingLevel} />
      <AgreementsSection detail={detail} headingLevel={headingLevel} />
      <CoachingSection detail={detail} headingLevel={headingLevel} />
      <AnalysesSection detail={detail} headingLevel={headingLevel} />
      <FundingSection detail={detail} headingLevel={headingLevel} />
    </div>
  );
}
