import type { MunicipalityDetail } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Facts } from '../../../components/Facts';
import { count } from '../format';
import { AgreementCard } from './AgreementCard';
import { AgreementForm } from './AgreementForm';
import { AnalysisCard } from './AnalysisCard';
import { AnalysisForm } from './AnalysisForm';
import { CoachingCard, CoachingForm } from './Coaching';
import { FundingCard } from './FundingCard';
import { FundingForm } from './FundingForm';
import { MilestonesSection } from './MilestonesSection';
import { RecordListSection, RecordSection, type RecordKind } from './RecordSection';

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
  const { municipality: m, status, canWrite } = detail;
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
  const section = <T extends { id: string }>(kind: RecordKind<T>) => (
    <RecordListSection key={kind.kind} {...kind} level={headingLevel} />
  );
  return (
    <div className="programme-records" data-municipality={m.name}>
      <RecordSection title={t('programme.municipality.statusTitle')} level={headingLevel}>
        <Facts facts={facts} />
      </RecordSection>
      <MilestonesSection detail={detail} headingLevel={headingLevel} />
      {section({
        kind: 'agreements',
        title: t('programme.agreements.title'),
        none: t('programme.agreements.none'),
        items: detail.agreements,
        card: (agreement) => <AgreementCard agreement={agreement} canWrite={canWrite} />,
        form: canWrite ? <AgreementForm municipalityId={m.id} /> : null,
      })}
      {section({
        kind: 'coaching',
        title: t('programme.coaching.title'),
        none: t('programme.coaching.none'),
        items: detail.coachings,
        card: (coaching) => <CoachingCard coaching={coaching} canWrite={canWrite} />,
        form: canWrite ? <CoachingForm municipalityId={m.id} /> : null,
      })}
      {section({
        kind: 'analyses',
        title: t('programme.analyses.title'),
        none: t('programme.analyses.none'),
        items: detail.analyses,
        card: (analysis) => <AnalysisCard analysis={analysis} canWrite={canWrite} />,
        form: canWrite ? <AnalysisForm municipalityId={m.id} /> : null,
      })}
      {section({
        kind: 'funding',
        title: t('programme.funding.sectionTitle'),
        none: t('programme.funding.noneHere'),
        items: detail.funding,
        card: (application) => <FundingCard application={application} canWrite={canWrite} />,
        form: canWrite ? <FundingForm municipalityId={m.id} advisedOn={status.advisedOn} /> : null,
      })}
    </div>
  );
}
