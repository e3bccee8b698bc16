import type { Meeting, SessionUser } from '@pnetz/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/LoadingState';
import { PlanTextEditor } from '../../plans/editor/PlanTextEditor';
import { PresenceList } from '../../plans/editor/PresenceList';
import { presenceUser } from '../../plans/editor/presence-user';
import { SyncIndicator } from '../../plans/editor/SyncIndicator';
import { usePlanConnection } from '../../plans/editor/usePlanConnection';
import '../../plans/plans.css';

/**
 * The minutes, co-edited live: the same collaborative document layout and the same editor as an
 * action plan's text, with everyone's cursors and the connection state.
 */
export function MinutesEditor({ meeting, user }: { meeting: Meeting; user: SessionUser }) {
  const { t } = useTranslation();
  const { connection, state } = usePlanConnection(meeting.minutesDocId, user);
  const me = useMemo(() => presenceUser(user), [user]);
  const closed = state.closed !== null && state.closed !== 'unavailable';
  const editable =
    meeting.access === 'write' && state.access !== 'read' && !state.rejected && !closed;
  return (
    <section className="section" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading" className="section__title">
        {t('meetings.minutes')}
      </h2>
      <div className="plan-bar">
        <SyncIndicator state={state.sync} />
        <PresenceList awareness={connection?.awareness ?? null} />
      </div>
      {!editable ? (
        <p className={`notice ${closed ? 'notice--error' : 'notice--info'}`} role="status">
          {t(closed ? 'meetings.minutesClosed' : 'meetings.minutesReadOnly')}
        </p>
      ) : null}
      {connection ? (
        <PlanTextEditor
          connection={connection}
          user={me}
          editable={editable}
          labelledBy="minutes-heading"
        />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}
