import type { WorkspaceProfile } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Facts } from '../../components/Facts';
import { membershipFacts, placeFacts } from './place-facts';

/** The council's profile as a description list. */
export function CouncilFacts({ council }: { council: WorkspaceProfile }) {
  const { t } = useTranslation();
  const facts = [
    ...placeFacts(t, council),
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
    ...membershipFacts(t, council),
  ];
  return <Facts facts={facts} className="council-facts" />;
}
