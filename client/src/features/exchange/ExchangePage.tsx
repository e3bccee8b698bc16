import { isId, type Exchange } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { NotFoundPage } from '../../components/NotFoundPage';
import { Page } from '../../components/Page';
import { isApiError } from '../../lib/api';
import { Discussion } from './discussion/Discussion';
import { FieldBadges } from './FieldBadges';
import { FileList } from './files/FileList';
import { MeetingList } from './meetings/MeetingList';
import { exchangePaths } from './paths';
import { exchangeQuery, participantsQuery } from './queries';
import './exchange.css';

function ExchangeView({ exchange }: { exchange: Exchange }) {
  const { t } = useTranslation();
  const participants = useQuery({
    ...participantsQuery(exchange.id),
    enabled: exchange.permissions.post,
  });
  return (
    <Page title={exchange.title}>
      <p>
        <Link to={exchangePaths.list}>{t('exchange.back')}</Link>
      </p>
      {exchange.description ? <p className="page__intro">{exchange.description}</p> : null}
      <FieldBadges fields={exchange.fieldsOfAction} />
      <dl className="facts x-facts">
        <div className="facts__item">
          <dt>{t('exchange.councils')}</dt>
          <dd>{exchange.councils.map((c) => c.name).join(', ') || t('exchange.noCouncils')}</dd>
        </div>
        {exchange.people.length > 0 ? (
          <div className="facts__item">
            <dt>{t('exchange.people')}</dt>
            <dd>{exchange.people.map((p) => p.name).join(', ')}</dd>
          </div>
        ) : null}
        <div className="facts__item">
          <dt>{t('exchange.openedBy')}</dt>
          <dd>{exchange.createdBy.former ? t('people.former') : exchange.createdBy.name}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('exchange.visibilityLabel')}</dt>
          <dd>{t(`exchange.visibility.${exchange.visibility}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('exchange.yourRole')}</dt>
          <dd>{t(`exchange.access.${exchange.access}`)}</dd>
        </div>
      </dl>
      {exchange.permissions.manage ? (
        <p>
          <Link className="button button--secondary" to={exchangePaths.editExchange(exchange.id)}>
            {t('exchange.edit')}
          </Link>
        </p>
      ) : null}
      {exchange.access === 'read' ? (
        <p className="x-notice" role="note">
          {t('exchange.readOnly')}
        </p>
      ) : null}
      <nav className="x-toc" aria-label={t('exchange.sections')}>
        <a href="#discussion-heading">{t('exchange.discussion.title')}</a>
        <a href="#meetings-heading">{t('meetings.title')}</a>
        <a href="#files-heading">{t('exchange.files.title')}</a>
      </nav>
      <Discussion
        exchangeId={exchange.id}
        canPost={exchange.permissions.post}
        participants={participants.data?.items ?? []}
      />
      <MeetingList exchangeId={exchange.id} canCreate={exchange.permissions.createMeeting} />
      <FileList exchangeId={exchange.id} canUpload={exchange.permissions.uploadFile} />
    </Page>
  );
}

/** `/austausch/:exchangeId`: one exchange with its live discussion, meetings and files. */
export function ExchangePage() {
  const { exchangeId } = useParams();
  const { t } = useTranslation();
  const valid = isId(exchangeId);
  const query = useQuery({ ...exchangeQuery(exchangeId ?? ''), enabled: valid });
  if (!valid || isApiError(query.error, 'not_found')) return <NotFoundPage />;
  if (query.isPending) return <LoadingState />;
  if (query.error) {
    return (
      <Page title={t('exchange.errorTitle')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  return <ExchangeView exchange={query.data} />;
}
