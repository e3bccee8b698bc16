import { endpoints, type CalendarEntry } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { api } from '../../../lib/api';
import { councilsQuery } from '../../councils/queries';
import { ExchangeNav } from '../ExchangeNav';
import { formatLongDate, formatTime } from '../format';
import { MeetingForm, type MeetingFields } from '../meetings/MeetingForm';
import { exchangePaths } from '../paths';
import { calendarQuery, exchangeKeys } from '../queries';
import { CalendarFeed } from './CalendarFeed';
import '../exchange.css';
import { Select } from '../../../ui/form/Field';

const dayKey = (entry: CalendarEntry) => formatLongDate(entry.startsAt);

/** Plans a session of one of the caller's councils. */
function CouncilMeetingForm() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const councils = useQuery(councilsQuery);
  const own = (councils.data?.items ?? []).filter(
    (c) => c.myRole === 'admin' || c.myRole === 'member',
  );
  const [workspaceId, setWorkspaceId] = useState('');
  const create = useMutation({
    mutationFn: (fields: MeetingFields) =>
      api(endpoints.meetings.createCouncilMeeting, {
        params: { workspaceId: workspaceId || own[0]!.id },
        body: fields,
      }),
    onSuccess: (meeting) => {
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.calendar });
      void navigate(exchangePaths.meeting(meeting.id));
    },
  });
  if (own.length === 0) return null;
  return (
    <MeetingForm
      submitLabel={t('meetings.form.create')}
      pending={create.isPending}
      error={create.error}
      onSubmit={(fields) => create.mutate(fields)}
    >
      <Select
        id={`${id}-council`}
        label={t('calendar.council')}
        value={workspaceId || own[0]!.id}
        options={own.map((council) => ({ value: council.id, label: council.name }))}
        onValueChange={setWorkspaceId}
      />
    </MeetingForm>
  );
}

/** `/austausch/kalender`: upcoming meetings of one's exchanges and councils, and the feed. */
export function CalendarPage() {
  const { t } = useTranslation();
  const query = useQuery(calendarQuery);
  const [planning, setPlanning] = useState(false);
  const entries = query.data?.items ?? [];
  const days = [...new Set(entries.map(dayKey))];

  return (
    <Page title={t('calendar.title')} intro={t('calendar.intro')}>
      <ExchangeNav />
      {query.isPending ? <LoadingState /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && entries.length === 0 ? (
        <EmptyState title={t('calendar.emptyTitle')} text={t('calendar.emptyText')} />
      ) : null}
      {days.map((day) => (
        <section key={day} className="section" aria-label={day}>
          <h2 className="section__title">{day}</h2>
          <ul className="x-list">
            {entries
              .filter((entry) => dayKey(entry) === day)
              .map((entry) => (
                <li key={entry.id} className="x-meeting">
                  <time dateTime={entry.startsAt}>{formatTime(entry.startsAt)}</time>{' '}
                  <Link
                    to={
                      entry.owner.type === 'training'
                        ? `/fortbildung/${encodeURIComponent(entry.owner.id)}`
                        : exchangePaths.meeting(entry.id)
                    }
                  >
                    {entry.title}
                  </Link>
                  <span className="x-muted">
                    {' · '}
                    {t(`calendar.owner.${entry.owner.type}`, { title: entry.owner.title })}
                    {entry.location ? ` · ${entry.location}` : ''}
                    {entry.videoUrl ? ` · ${t('meetings.video')}` : ''}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <section className="section" aria-labelledby="council-meeting-heading">
        <h2 id="council-meeting-heading" className="section__title">
          {t('calendar.councilMeeting')}
        </h2>
        {planning ? (
          <CouncilMeetingForm />
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setPlanning(true)}
          >
            {t('calendar.planCouncilMeeting')}
          </button>
        )}
      </section>
      <CalendarFeed />
    </Page>
  );
}
