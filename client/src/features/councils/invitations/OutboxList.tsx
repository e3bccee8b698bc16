import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { formatDate } from '../../../lib/format';
import { outboxQuery } from '../queries';

const INVITATION_LINK = /https?:\/\/\S+\/einladung\/[A-Za-z0-9_-]{43}/;

/**
 * Without a mail server, invitation mails wait here: the Geschäftsstelle can pass the link on
 * by other means. With SMTP configured the section says so and stays empty.
 */
export function OutboxList({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, isPending, refetch } = useQuery(outboxQuery(workspaceId));
  let content;
  if (isPending) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (data.transport === 'smtp') content = <p>{t('outbox.smtp')}</p>;
  else if (data.items.length === 0) content = <EmptyState text={t('outbox.empty')} />;
  else
    content = (
      <>
        <p>{t('outbox.explanation')}</p>
        <ul className="outbox">
          {data.items.map((mail) => {
            const link = INVITATION_LINK.exec(mail.text)?.[0];
            return (
              <li key={mail.id}>
                <article className="mail" aria-label={t('outbox.mailTo', { to: mail.to })}>
                  <h3 className="mail__subject">{mail.subject}</h3>
                  <p className="mail__meta">
                    {t('outbox.to')}: {mail.to} · {formatDate(mail.createdAt)}
                  </p>
                  <pre className="mail__text">{mail.text}</pre>
                  {link ? (
                    <p>
                      <a href={link}>{t('outbox.openLink', { to: mail.to })}</a>
                    </p>
                  ) : null}
                </article>
              </li>
            );
          })}
        </ul>
      </>
    );
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('outbox.title')}
      </h2>
      {content}
    </section>
  );
}
