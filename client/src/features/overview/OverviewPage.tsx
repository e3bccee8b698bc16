import type { Overview } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { formatDate } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useSession } from '../auth/session';
import { formatDateTime } from '../admin/format';
import { councilPaths } from '../councils/paths';
import { overviewQuery } from './queries';
import '../councils/councils.css';
import './overview.css';

/** `/ueberblick`: "Mein Überblick", what needs the person's attention across their councils. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(overviewQuery);
  const { user } = useSession();
  const coordinates = user?.platformRoles.includes('coordinator') ?? false;
  let intro: string | undefined;
  if (data)
    intro = data.since
      ? t('overview.introSince', { at: formatDateTime(data.since) })
      : t('overview.introFirst');
  return (
    <Page title={t('overview.title')} intro={intro}>
      <ul className="overview__links">
        {coordinates ? (
          <li>
            <Link to={paths.programme}>{t('overview.programmeLink')}</Link>
          </li>
        ) : null}
        <li>
          <Link to={paths.directory}>{t('overview.directoryLink')}</Link>
        </li>
      </ul>
      {isPending ? <LoadingState /> : null}
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <div className="overview">
          <Deadlines items={data.deadlines} />
          <Mentions items={data.mentions} />
          <Meetings items={data.meetings} />
          <Councils items={data.councils} hasSince={data.since !== null} />
        </div>
      ) : null}
    </Page>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="section overview__section" aria-labelledby={id}>
      <h2 id={id} className="section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Deadlines({ items }: { items: Overview['deadlines'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('overview.deadlines.title')}>
      {items.length === 0 ? (
        <EmptyState text={t('overview.deadlines.empty')} />
      ) : (
        <ul className="overview__list">
          {items.map((item) => (
            <li key={`${item.planId}-${item.title}-${item.deadline}`} className="overview__item">
              <Link to={`/plaene/${encodeURIComponent(item.planId)}`}>{item.title}</Link>
              <p className="muted">
                {t(item.overdue ? 'overview.deadlines.overdue' : 'overview.deadlines.due', {
                  date: formatDate(item.deadline),
                })}{' '}
                · {item.planTitle} · {item.workspaceName}
              </p>
              {item.mine ? <span className="badge">{t('overview.deadlines.mine')}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Mentions({ items }: { items: Overview['mentions'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('overview.mentions.title')}>
      {items.length === 0 ? (
        <EmptyState text={t('overview.mentions.empty')} />
      ) : (
        <ul className="overview__list">
          {items.map((item) => (
            <li key={item.id} className="overview__item">
              <Link to={item.link}>{item.title}</Link>
              {item.excerpt ? <p className="overview__excerpt">{item.excerpt}</p> : null}
              <p className="muted">{formatDateTime(item.at)}</p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Meetings({ items }: { items: Overview['meetings'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('overview.meetings.title')}>
      {items.length === 0 ? (
        <EmptyState text={t('overview.meetings.empty')} />
      ) : (
        <ul className="overview__list">
          {items.map((item) => (
            <li key={item.id} className="overview__item">
              <Link to={`/sitzungen/${encodeURIComponent(item.id)}`}>{item.title}</Link>
              <p className="muted">
                {formatDateTime(item.startsAt)} · {item.owner}
                {item.location ? ` · ${item.location}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Councils({ items, hasSince }: { items: Overview['councils']; hasSince: boolean }) {
  const { t } = useTranslation();
  return (
    <Section title={t('overview.councils.title')}>
      {items.length === 0 ? (
        <EmptyState text={t('overview.councils.empty')} />
      ) : (
        <ul className="overview__list">
          {items.map((council) => (
            <li key={council.id} className="overview__item">
              <Link to={`${councilPaths.home(council.id)}/aktivitaet`}>{council.name}</Link>
              <p className="muted">
                {t(hasSince ? 'overview.councils.changesSince' : 'overview.councils.changes', {
                  count: council.changes,
                })}
              </p>
              {council.latest.length > 0 ? (
                <ul className="overview__latest">
                  {council.latest.map((event) => (
                    <li key={event.id}>
                      <Link
                        to={`${councilPaths.home(council.id)}/projekte/${encodeURIComponent(event.projectId)}`}
                      >
                        {event.projectTitle}
                      </Link>{' '}
                      <span className="muted">{formatDateTime(event.at)}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
