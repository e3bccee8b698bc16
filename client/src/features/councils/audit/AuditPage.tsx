import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { Notice } from '../components/Notice';
import { auditQuery, type AuditFilters as Filters } from '../queries';
import { useCouncil } from '../useCouncil';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

/** The council's audit log: read-only, newest first, filterable. Admins only. */
export function AuditPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const allowed = council.permissions.readAudit;
  const [filters, setFilters] = useState<Filters>({});
  const { data, error, isPending, refetch, fetchNextPage, hasNextPage, isFetchingNextPage } =
    useInfiniteQuery({
      ...auditQuery(council.id, filters),
      enabled: allowed,
    });

  if (!allowed) {
    return (
      <Page title={t('audit.title')}>
        <Notice>{t('audit.notAllowed')}</Notice>
      </Page>
    );
  }
  const events = data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Page title={t('audit.title')} intro={t('audit.intro')}>
      <AuditFilters workspaceId={council.id} onApply={setFilters} />
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : events.length === 0 ? (
        <EmptyState text={t('audit.empty')} />
      ) : (
        <>
          <AuditTable events={events} />
          {hasNextPage ? (
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={isFetchingNextPage}
              onClick={() => void fetchNextPage()}
            >
              {t('audit.more')}
            </button>
          ) : null}
        </>
      )}
    </Page>
  );
}
