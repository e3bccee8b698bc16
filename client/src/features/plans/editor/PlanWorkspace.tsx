import type { Plan, SessionUser } from '@pnetz/shared';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { HistoryPanel } from '../history/HistoryPanel';
import { MeasuresSection } from '../measures/MeasuresSection';
import { PlanBadges } from '../list/PlanBadges';
import { exportUrl, planPaths } from '../paths';
import '../plans.css';
import { PresenceList } from './PresenceList';
import { presenceUser } from './presence-user';
import { SyncIndicator } from './SyncIndicator';
import { usePlanConnection } from './usePlanConnection';
import type { PlanConnectionState } from './plan-connection';

// The editor (ProseMirror and its extensions) is the heaviest part of the page: it loads apart,
// so the plan's bar and measures show first.
const PlanTextEditor = lazy(async () => ({
  default: (await import('./PlanTextEditor')).PlanTextEditor,
}));

/** Why the user may not edit, or null when they may. */
function readOnlyReason(plan: Plan, state: PlanConnectionState) {
  if (state.closed && state.closed !== 'unavailable') return 'closed' as const;
  if (plan.archived) return 'archived' as const;
  if (plan.access === 'read' || state.access === 'read') return 'readOnly' as const;
  if (state.rejected) return 'rejected' as const;
  return null;
}

/** The live plan: its text and measures, co-edited, with presence, history and export. */
export function PlanWorkspace({ plan, user }: { plan: Plan; user: SessionUser }) {
  const { t } = useTranslation();
  const { connection, state } = usePlanConnection(plan.id, user);
  const me = useMemo(() => presenceUser(user), [user]);
  const reason = readOnlyReason(plan, state);
  const editable = reason === null;

  return (
    <Page title={plan.title}>
      <p className="plan-meta">
        <Link to={planPaths.list(plan.workspaceId)}>{t('plans.editor.back')}</Link>
        <PlanBadges plan={plan} />
      </p>
      <div className="plan-bar">
        <SyncIndicator state={state.sync} />
        <PresenceList awareness={connection?.awareness ?? null} />
        <div className="plan-bar__export" role="group" aria-label={t('plans.editor.export')}>
          <a
            className="button button--secondary button--small"
            href={exportUrl(plan.id, 'pdf')}
            download
          >
            {t('plans.editor.exportPdf')}
          </a>
          <a
            className="button button--secondary button--small"
            href={exportUrl(plan.id, 'docx')}
            download
          >
            {t('plans.editor.exportDocx')}
          </a>
        </div>
      </div>
      {state.refused ? (
        <p className="notice notice--error" role="alert">
          {t(`plans.editor.refused.${state.refused}`)}
        </p>
      ) : null}
      {reason ? (
        <p
          className={`notice ${reason === 'closed' ? 'notice--error' : 'notice--info'}`}
          role="status"
        >
          {t(`plans.editor.notice.${reason}`)}
        </p>
      ) : null}
      <section className="section plan-section" aria-labelledby="plan-text-heading">
        <h2 id="plan-text-heading" className="section__title">
          {t('plans.editor.textHeading')}
        </h2>
        {connection ? (
          <Suspense fallback={<LoadingState />}>
            <PlanTextEditor
              connection={connection}
              user={me}
              editable={editable}
              labelledBy="plan-text-heading"
            />
          </Suspense>
        ) : (
          <LoadingState />
        )}
      </section>
      {connection ? <MeasuresSection doc={connection.doc} editable={editable} /> : null}
      <HistoryPanel planId={plan.id} editable={editable} />
    </Page>
  );
}
