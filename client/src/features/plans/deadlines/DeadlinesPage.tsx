import { isId } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { Select } from '../../../ui/form/Field';
import { planPaths } from '../paths';
import { deadlinesQuery } from '../queries';
import '../plans.css';
import { useCouncil } from '../useCouncil';
import { DeadlineTable } from './DeadlineTable';

const HORIZONS = [7, 14, 30, 90] as const;

function CouncilDeadlines({ workspaceId, name }: { workspaceId: string; name: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [days, setDays] = useState<number>(14);
  const query = useQuery(deadlinesQuery(workspaceId, days));

  let content;
  if (query.isPending) content = <LoadingState />;
  else if (query.error)
    content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else
    content = (
      <>
        <section className="section" aria-labelledby={`${id}-overdue`}>
          <h2 id={`${id}-overdue`} className="section__title">
            {t('plans.deadlines.overdue')}
          </h2>
          <DeadlineTable
            headingId={`${id}-overdue`}
            measures={query.data.overdue}
            emptyText={t('plans.deadlines.overdueEmpty')}
          />
        </section>
        <section className="section" aria-labelledby={`${id}-soon`}>
          <h2 id={`${id}-soon`} className="section__title">
            {t('plans.deadlines.dueSoon', { count: days })}
          </h2>
          <DeadlineTable
            headingId={`${id}-soon`}
            measures={query.data.dueSoon}
            emptyText={t('plans.deadlines.dueSoonEmpty')}
          />
        </section>
      </>
    );

  return (
    <Page title={t('plans.deadlines.title', { council: name })} intro={t('plans.deadlines.intro')}>
      <div className="page-actions">
        <Select
          id={`${id}-days`}
          fieldClassName="field--inline"
          label={t('plans.deadlines.days')}
          value={String(days)}
          options={HORIZONS.map((option) => ({
            value: String(option),
            label: t('plans.deadlines.daysOption', { count: option }),
          }))}
          onValueChange={(value) => setDays(Number(value))}
        />
        <Link to={planPaths.list(workspaceId)}>{t('plans.deadlines.plansLink')}</Link>
      </div>
      {content}
    </Page>
  );
}

/** `/raete/:workspaceId/fristen`: measures overdue or due soon across the council's plans. */
export function DeadlinesPage() {
  const { workspaceId } = useParams();
  const valid = isId(workspaceId);
  const { council, isPending, error, refetch } = useCouncil(workspaceId ?? '');
  if (!valid) return <NotFoundPage />;
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!council) return <NotFoundPage />;
  return <CouncilDeadlines workspaceId={council.id} name={council.name} />;
}
