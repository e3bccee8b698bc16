import { isId } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { useSession } from '../../auth/session';
import { planQuery } from '../queries';

// The live part (Yjs, the connection, the editor) loads apart: the plan's title shows first.
const PlanWorkspace = lazy(async () => ({
  default: (await import('./PlanWorkspace')).PlanWorkspace,
}));

/** `/plaene/:planId`: one plan, edited live by everyone who has it open. */
export function PlanEditorPage() {
  const { planId } = useParams();
  const { user } = useSession();
  const valid = isId(planId);
  const query = useQuery({ ...planQuery(planId ?? ''), enabled: valid });
  const { t } = useTranslation();

  if (!valid) return <NotFoundPage />;
  if (query.isPending || !user) return <LoadingState />;
  if (query.error) {
    return (
      <Page title={t('plans.editor.errorTitle')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  return (
    <Suspense
      fallback={
        <Page title={query.data.title}>
          <LoadingState />
        </Page>
      }
    >
      <PlanWorkspace key={`${user.id}:${query.data.id}`} plan={query.data} user={user} />
    </Suspense>
  );
}
