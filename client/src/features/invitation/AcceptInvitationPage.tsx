import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { PublicLayout } from '../../components/PublicLayout';
import { isApiError } from '../../lib/api';
import { paths } from '../../lib/paths';
import { useSession } from '../auth/session';
import { AcceptForm } from './AcceptForm';
import { invitationPreviewQuery } from './queries';
import '../councils/councils.css';

/** The page behind the link in an invitation mail: works signed in or not. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { user, isPending: sessionPending } = useSession();
  const { data, error, isPending, refetch } = useQuery(invitationPreviewQuery(token));

  let content;
  if (isPending || sessionPending) content = <LoadingState />;
  else if (isApiError(error, 'not_found') || isApiError(error, 'validation_failed'))
    content = <p role="alert">{t('accept.unknown')}</p>;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (data.status !== 'pending')
    content = (
      <>
        <p role="alert">{t(`accept.status.${data.status}`)}</p>
        <p>
          <Link to={paths.login}>{t('accept.toLogin')}</Link>
        </p>
      </>
    );
  else
    content = (
      <>
        <p className="accept__offer">
          {t('accept.offer', {
            inviter: data.invitedBy.former ? t('people.former') : data.invitedBy.name,
            council: data.workspace.name,
            role: t(`vocab.role.${data.role}`),
            organisation: data.organisation.name,
          })}
        </p>
        <dl className="facts">
          <div className="facts__item">
            <dt>{t('accept.email')}</dt>
            <dd>{data.email}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('members.organisationType')}</dt>
            <dd>{t(`vocab.org.${data.organisation.type}`)}</dd>
          </div>
        </dl>
        <AcceptForm token={token} preview={data} user={user} />
      </>
    );

  return (
    <PublicLayout>
      <Page title={t('accept.title')}>{content}</Page>
    </PublicLayout>
  );
}
