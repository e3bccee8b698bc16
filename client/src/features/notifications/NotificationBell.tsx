import { projectLinks } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotifications } from './useNotifications';
import './notifications.css';

/**
 * The bell in the header: a link to the notifications with the unread count, which changes live.
 * A new notification is also announced to screen readers (politely, without moving focus).
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data, latest } = useNotifications();
  const unread = data?.unread ?? 0;
  const newest = latest ? data?.items.find((n) => n.id === latest) : undefined;
  return (
    <>
      <Link
        to={projectLinks.notifications}
        className="bell"
        aria-label={
          unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')
        }
        data-unread={unread}
      >
        <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unread ? (
          <span className="bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </Link>
      <p className="visually-hidden" role="status">
        {newest ? t('notifications.announce', { title: newest.title }) : ''}
      </p>
    </>
  );
}
