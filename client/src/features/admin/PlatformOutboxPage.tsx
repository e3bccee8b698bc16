import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { formatDate } from '../../lib/format';
import { useSession } from '../auth/session';
import { Notice } from '../councils/components/Notice';
import { canManageAccounts, canReadPlatformOutbox } from './access';
import { AdminNav } from './AdminNav';
import { CopyLink } from './CopyLink';
import { platformOutboxQuery } from './queries';
import '../councils/councils.css';
import './admin.css';

/** Links a mail may carry that the reader can pass on: invitations, and for admins account links. */
const HANDOVER_LINK =
  /https?:\/\/\S+\/(?:einladung\/[A-Za-z0-9_-]{43}|passwort-neu#[A-Za-z0-9_-]{43}|email-bestaetigen#[A-Za-z0-9_-]{43})/;

/**
 * `/verwaltung/postausgang`: every mail of the platform kept while no mail server is configured,
 * so links can be handed over by other means. Coordinators see the invitations only.
 */
export function PlatformOutboxPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const allowed = canReadPlatformOutbox(user);
  return (
    <Page
      title={t('platformOutbox.title')}
      intro={
        allowed
          ? t(
              canManageAccounts(user)
                ? 'platformOutbox.introAdmin'
                : 'platformOutbox.introCoordinator',
            )
          : undefined
      }
    >
      <AdminNav />
      {allowed ? <OutboxMails /> : <Notice>{t('platformOutbox.notAllowed')}</Notice>}
    </Page>
  );
}

function OutboxMails() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(platformOutboxQuery);
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (data.transport === 'smtp') return <p>{t('platformOutbox.smtp')}</p>;
  if (data.items.length === 0) return <EmptyState text={t('platformOutbox.empty')} />;
  return (
    <section className="section" aria-labelledby="platform-outbox-list">
      <h2 id="platform-outbox-list" className="section__title">
        {t('platformOutbox.listTitle', { count: data.items.length })}
      </h2>
      <ul className="outbox platform-outbox">
        {data.items.map((mail) => {
          const link = HANDOVER_LINK.exec(mail.text)?.[0];
          return (
            <li key={mail.id}>
              <article
                className="mail platform-mail"
                aria-label={t('outbox.mailTo', { to: mail.to })}
              >
                <h3 className="mail__subject">{mail.subject}</h3>
                <p className="mail__meta">
                  {t('outbox.to')}: {mail.to} · {formatDate(mail.createdAt)} ·{' '}
                  {t(`platformOutbox.kind.${mail.kind}`)}
                </p>
                <details>
                  <summary>{t('platformOutbox.showText')}</summary>
                  <pre className="mail__text">{mail.text}</pre>
                </details>
                {link ? (
                  <CopyLink link={link} label={t('handover.linkFor', { email: mail.to })} />
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
