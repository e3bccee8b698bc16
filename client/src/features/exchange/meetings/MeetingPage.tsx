import { endpoints, isId, type Meeting, type SessionUser } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { api, isApiError } from '../../../lib/api';
import { useSession } from '../../auth/session';
import { formatDateTime, formatTime } from '../format';
import { exchangePaths } from '../paths';
import { exchangeKeys, meetingQuery } from '../queries';
import { MeetingForm, type MeetingFields } from './MeetingForm';
import { MinutesEditor } from './MinutesEditor';
import { OutcomeForm } from './OutcomeForm';
import { TaskList } from './TaskList';
import '../exchange.css';

function MeetingView({ meeting, user }: { meeting: Meeting; user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<'details' | 'outcome' | null>(null);
  const writable = meeting.access === 'write';
  const back =
    meeting.owner.type === 'exchange'
      ? exchangePaths.exchange(meeting.owner.id)
      : exchangePaths.council(meeting.owner.id);
  const update = useMutation({
    mutationFn: (body: MeetingFields) =>
      api(endpoints.meetings.update, { params: { id: meeting.id }, body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(exchangeKeys.meeting(meeting.id), updated);
      setEditing(null);
    },
  });
  const remove = useMutation({
    mutationFn: () => api(endpoints.meetings.remove, { params: { id: meeting.id } }),
    onSuccess: () => void navigate(back),
  });

  return (
    <Page title={meeting.title}>
      <p>
        <Link to={back}>
          {t(`meetings.backTo.${meeting.owner.type}`, { title: meeting.owner.title })}
        </Link>
      </p>
      {editing === 'details' ? (
        <MeetingForm
          meeting={meeting}
          submitLabel={t('meetings.save')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(fields) => update.mutate(fields)}
        />
      ) : (
        <dl className="facts x-facts">
          <div className="facts__item">
            <dt>{t('meetings.when')}</dt>
            <dd>
              <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time>
              {meeting.endsAt ? ` – ${formatTime(meeting.endsAt)}` : ''}
            </dd>
          </div>
          {meeting.location ? (
            <div className="facts__item">
              <dt>{t('meetings.where')}</dt>
              <dd>{meeting.location}</dd>
            </div>
          ) : null}
          {meeting.attachment ? (
            <div className="facts__item">
              <dt>{t('meetings.attachment')}</dt>
              <dd>
                <Link to={meeting.attachment.url}>{meeting.attachment.label}</Link>
              </dd>
            </div>
          ) : null}
          {meeting.videoUrl ? (
            <div className="facts__item">
              <dt>{t('meetings.video')}</dt>
              <dd>
                <a href={meeting.videoUrl} rel="noopener noreferrer" target="_blank">
                  {t('meetings.joinVideo')}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
      )}
      {writable && editing === null ? (
        <div className="x-actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setEditing('details')}
          >
            {t('meetings.editDetails')}
          </button>
          {meeting.deletable ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => window.confirm(t('meetings.confirmDelete')) && remove.mutate()}
            >
              {t('meetings.delete')}
            </button>
          ) : null}
        </div>
      ) : null}
      <section className="section" aria-labelledby="agenda-heading">
        <h2 id="agenda-heading" className="section__title">
          {t('meetings.agenda')}
        </h2>
        {meeting.agenda.length ? (
          <ol>
            {meeting.agenda.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ol>
        ) : (
          <p className="x-muted">{t('meetings.noAgenda')}</p>
        )}
      </section>
      <MinutesEditor meeting={meeting} user={user} />
      <section className="section" aria-labelledby="outcome-heading">
        <h2 id="outcome-heading" className="section__title">
          {t('meetings.outcome.title')}
        </h2>
        {editing === 'outcome' ? (
          <OutcomeForm meeting={meeting} onDone={() => setEditing(null)} />
        ) : (
          <>
            <h3>{t('meetings.attendees')}</h3>
            {meeting.attendees.length ? (
              <ul className="x-list">
                {meeting.attendees.map((a, index) => (
                  <li key={index}>{a.organisation ? `${a.name} (${a.organisation})` : a.name}</li>
                ))}
              </ul>
            ) : (
              <p className="x-muted">{t('meetings.noAttendees')}</p>
            )}
            <h3>{t('meetings.decisions')}</h3>
            {meeting.decisions.length ? (
              <ul className="x-list">
                {meeting.decisions.map((d, index) => (
                  <li key={index}>{d}</li>
                ))}
              </ul>
            ) : (
              <p className="x-muted">{t('meetings.noDecisions')}</p>
            )}
            <h3>{t('meetings.tasks.title')}</h3>
            <TaskList meeting={meeting} />
            {writable && editing === null ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setEditing('outcome')}
              >
                {t('meetings.outcome.edit')}
              </button>
            ) : null}
          </>
        )}
      </section>
    </Page>
  );
}

/** `/sitzungen/:meetingId`: a meeting with its agenda, live minutes, decisions and tasks. */
export function MeetingPage() {
  const { meetingId } = useParams();
  const { user } = useSession();
  const { t } = useTranslation();
  const valid = isId(meetingId);
  const query = useQuery({ ...meetingQuery(meetingId ?? ''), enabled: valid });
  if (!valid || isApiError(query.error, 'not_found')) return <NotFoundPage />;
  if (query.isPending || !user) return <LoadingState />;
  if (query.error) {
    return (
      <Page title={t('meetings.errorTitle')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  return <MeetingView key={`${user.id}:${query.data.id}`} meeting={query.data} user={user} />;
}
