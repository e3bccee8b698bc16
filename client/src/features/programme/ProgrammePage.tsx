import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useSession } from '../auth/session';
import { seesWholeProgramme } from './access';
import './programme.css';

// Each person sees one of the two views: only that one is loaded, after the page's title.
const DashboardView = lazy(async () => ({
  default: (await import('./dashboard/DashboardView')).DashboardView,
}));
const OwnStatusView = lazy(async () => ({
  default: (await import('./own/OwnStatusView')).OwnStatusView,
}));

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
      <Suspense fallback={<LoadingState />}>
        {staff ? <DashboardView /> : <OwnStatusView />}
      </Suspense>
    </Page>
  );
}
