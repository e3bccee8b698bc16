import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { useSession } from '../../auth/session';
import { seesWholeProgramme } from '../access';
import { programmePaths } from '../paths';
import { municipalityQuery } from '../queries';
import { useProgrammeLive } from '../useProgrammeLive';
import { MunicipalityForm } from './MunicipalityForm';
import { MunicipalityRecords } from './MunicipalityRecords';
import '../programme.css';

/** One municipality of the programme: its state, records and (for coordinators) the forms to keep them. */
export function MunicipalityPage() {
  const { t } = useTranslation();
  const { municipalityId = '' } = useParams();
  const { user } = useSession();
  const staff = seesWholeProgramme(user);
  useProgrammeLive(staff);
  const query = useQuery(municipalityQuery(municipalityId));

  if (query.isPending) return <LoadingState />;
  if (query.error) {
    return (
      <Page title={t('programme.municipality.notFound')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        <p>
          <Link to={programmePaths.dashboard}>{t('programme.municipality.back')}</Link>
        </p>
      </Page>
    );
  }
  const detail = query.data;
  return (
    <Page
      title={detail.municipality.name}
      intro={t('programme.municipality.intro', { district: detail.municipality.district })}
    >
      <p>
        <Link to={programmePaths.dashboard}>{t('programme.municipality.back')}</Link>
      </p>
      <MunicipalityRecords detail={detail} headingLevel={2} />
      {detail.canWrite ? (
        <section className="section" aria-labelledby="municipality-master">
          <h2 id="municipality-master" className="section__title">
            {t('programme.municipality.master')}
          </h2>
          <MunicipalityForm municipality={detail.municipality} />
        </section>
      ) : null}
    </Page>
  );
}

/** Adds a municipality to the registry (coordinators). */
export function NewMunicipalityPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('programme.municipality.newTitle')} intro={t('programme.municipality.newIntro')}>
      <p>
        <Link to={programmePaths.dashboard}>{t('programme.municipality.back')}</Link>
      </p>
      <MunicipalityForm municipality={null} />
    </Page>
  );
}
