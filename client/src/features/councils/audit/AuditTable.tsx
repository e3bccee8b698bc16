import type { AuditEvent } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { auditDetails } from '../components/auditText';
import { PersonName } from '../components/PersonName';
import { TableScroll } from '../../../components/TableScroll';

const time = (value: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(value));

export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  return (
    <TableScroll label={t('audit.title')}>
      <table className="table">
        <caption className="visually-hidden">{t('audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.what')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.details.title')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>
                <time dateTime={event.at}>{time(event.at, locale)}</time>
              </td>
              <td>
                <PersonName person={event.actor} />
              </td>
              <th scope="row">{t(`audit.action.${event.action}`)}</th>
              <td>
                {event.target ? (
                  event.target.former ? (
                    <em>{t('people.former')}</em>
                  ) : (
                    (event.target.label ?? '–')
                  )
                ) : (
                  '–'
                )}
              </td>
              <td>{auditDetails(event, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
