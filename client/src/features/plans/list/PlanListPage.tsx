import { endpoints, isId, type Plan } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { api, errorKey } from '../../../lib/api';
import { planPaths } from '../paths';
import { planKeys, planListQuery } from '../queries';
import '../plans.css';
import { useCouncil } from '../useCouncil';
import { PlanFormDialog } from './PlanFormDialog';
import { PlanListItem } from './PlanListItem';
import { PlanTabs, panelId, tabId, type PlanTab } from './PlanTabs';

function CouncilPlans({
  workspaceId,
  name,
  role,
}: {
  workspaceId: string;
  name: string;
  role: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [tab, setTab] = useState<PlanTab>('active');
  const [dialog, setDialog] = useState<{ mode: 'create' } | { mode: 'edit'; plan: Plan } | null>(
    null,
  );
  const [archiving, setArchiving] = useState<Plan | null>(null);
  const plans = useQuery(planListQuery(workspaceId, tab === 'archived'));
  const canEdit = role === 'admin' || role === 'member';
  const canManage = role === 'admin';

  const setArchived = useMutation({
    mutationFn: ({ plan, archived }: { plan: Plan; archived: boolean }) =>
      api(endpoints.plans.update, { params: { id: plan.id }, body: { archived } }),
    onSuccess: (saved) => queryClient.setQueryData(planKeys.detail(saved.id), saved),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: planKeys.lists(workspaceId) }),
  });

  let panel;
  if (plans.isPending) panel = <LoadingState />;
  else if (plans.error)
    panel = <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  else if (plans.data.items.length === 0) {
    panel =
      tab === 'archived' ? (
        <EmptyState text={t('plans.list.emptyArchived')} />
      ) : (
        <EmptyState
          title={t('plans.list.emptyTitle')}
          text={t(canEdit ? 'plans.list.empty' : 'plans.list.emptyReadOnly')}
        />
      );
  } else {
    panel = (
      <ul className="card-list">
        {plans.data.items.map((plan) => (
          <li key={plan.id}>
            <PlanListItem
              plan={plan}
              canEdit={canEdit}
              canManage={canManage}
              onEdit={(item) => setDialog({ mode: 'edit', plan: item })}
              onArchive={setArchiving}
              onUnarchive={(item) => setArchived.mutate({ plan: item, archived: false })}
            />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <Page title={t('plans.list.title', { council: name })} intro={t('plans.list.intro')}>
      <div className="page-actions">
        {canEdit ? (
          <button type="button" className="button" onClick={() => setDialog({ mode: 'create' })}>
            {t('plans.list.create')}
          </button>
        ) : null}
        <Link to={planPaths.deadlines(workspaceId)}>{t('plans.list.deadlinesLink')}</Link>
      </div>
      {setArchived.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(setArchived.error))}
        </p>
      ) : null}
      <PlanTabs selected={tab} onSelect={setTab} />
      <div className="tabs__panel" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
        {panel}
      </div>
      {dialog ? (
        <PlanFormDialog
          {...(dialog.mode === 'create' ? { mode: 'create' } : { mode: 'edit', plan: dialog.plan })}
          workspaceId={workspaceId}
          canManage={canManage}
          onClose={() => setDialog(null)}
          onSaved={(plan) => {
            setDialog(null);
            if (dialog.mode === 'create') void navigate(planPaths.plan(plan.id));
          }}
        />
      ) : null}
      <ConfirmDialog
        open={archiving !== null}
        title={t('plans.list.archiveConfirmTitle')}
        text={t('plans.list.archiveConfirmText', { title: archiving?.title ?? '' })}
        confirmLabel={t('plans.list.archive')}
        onCancel={() => setArchiving(null)}
        onConfirm={() => {
          if (archiving) setArchived.mutate({ plan: archiving, archived: true });
          setArchiving(null);
        }}
      />
    </Page>
  );
}

/** `/raete/:workspaceId/plaene`: a council's action plans and minutes. */
export function PlanListPage() {
  const { workspaceId } = useParams();
  const valid = isId(workspaceId);
  const { council, isPending, error, refetch } = useCouncil(workspaceId ?? '');
  if (!valid) return <NotFoundPage />;
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!council) return <NotFoundPage />;
  return <CouncilPlans workspaceId={council.id} name={council.name} role={council.myRole} />;
}
