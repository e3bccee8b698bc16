import { endpoints, type Meeting } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { api } from '../../../lib/api';
import { formatDateTime } from '../format';
import { exchangePaths } from '../paths';
import { exchangeKeys, exchangeMeetingsQuery } from '../queries';
import { MeetingForm, type MeetingFields } from './MeetingForm';

function MeetingItem({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return (
    <li className="x-meeting">
      <Link to={exchangePaths.meeting(meeting.id)}>{meeting.title}</Link>
      <span className="x-muted">
        {' · '}
        <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt)}</time>
        {meeting.location ? ` · ${meeting.location}` : ''}
        {meeting.videoUrl ? ` · ${t('meetings.video')}` : ''}
      </span>
    </li>
  );
}

/** An exchange's meetings, upcoming first, then past ones; participants plan new ones. */
export function MeetingList({ exchangeId, canCreate }: { exchangeId: string; canCreate: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const meetings = useQuery(exchangeMeetingsQuery(exchangeId));
  const [planning, setPlanning] = useState(false);
  const create = useMutation({
    mutationFn: (body: MeetingFields) =>
      api(endpoints.meetings.createExchangeMeeting, { params: { id: exchangeId }, body }),
    onSuccess: (meeting) => {
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.meetings(exchangeId) });
      void navigate(exchangePaths.meeting(meeting.id));
    },
  });
  // The moment the list was fetched splits upcoming from past; stable across re-renders.
  const now = meetings.dataUpdatedAt;
  const items = meetings.data?.items ?? [];
  const upcoming = items.filter((m) => new Date(m.startsAt).getTime() >= now);
  const past = items.filter((m) => new Date(m.startsAt).getTime() < now).reverse();

  return (
    <section className="section" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading" className="section__title">
        {t('meetings.title')}
      </h2>
      {meetings.isPending ? <LoadingState /> : null}
      {meetings.error ? (
        <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : null}
      {meetings.data && items.length === 0 ? <p className="x-muted">{t('meetings.none')}</p> : null}
      {upcoming.length > 0 ? (
        <>
          <h3>{t('meetings.upcoming')}</h3>
          <ul className="x-list">
            {upcoming.map((meeting) => (
              <MeetingItem key={meeting.id} meeting={meeting} />
            ))}
          </ul>
        </>
      ) : null}
      {past.length > 0 ? (
        <>
          <h3>{t('meetings.past')}</h3>
          <ul className="x-list">
            {past.map((meeting) => (
              <MeetingItem key={meeting.id} meeting={meeting} />
            ))}
          </ul>
        </>
      ) : null}
      {canCreate && !planning ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPlanning(true)}
        >
          {t('meetings.plan')}
        </button>
      ) : null}
      {canCreate && planning ? (
        <MeetingForm
          submitLabel={t('meetings.form.create')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(fields) => create.mutate(fields)}
        />
      ) : null}
    </section>
  );
}
