import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { useSession } from '../auth/session';
import { seesWholeProgramme } from './access';
import { DashboardView } from './dashboard/DashboardView';
import { OwnStatusView } from './own/OwnStatusView';
import './programme.css';

/**
 * The ASSKomm programme: coordinators get the dashboard of the whole state, council members the
 * programme status of their own municipality.
 */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const staff = seesWholeProgramme(user);
  return (
    <Page
      title={t('programme.title')}
      intro={staff ? t('programme.intro') : t('programme.own.intro')}
    >
      {staff ? <DashboardView /> : <OwnStatusView />}
    </Page>
  );
}
