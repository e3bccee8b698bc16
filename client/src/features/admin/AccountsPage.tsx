import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { isApiError } from '../../lib/api';
import { useDebounced } from '../../lib/url-search';
import { TextField } from '../../ui/form/Field';
import { useSession } from '../auth/session';
import { Notice } from '../councils/components/Notice';
import { canManageAccounts } from './access';
import { AccountTable } from './AccountTable';
import { AdminNav } from './AdminNav';
import { Pagination } from './Pagination';
import { accountsQuery } from './queries';
import '../councils/councils.css';
import './admin.css';

/** `/verwaltung/konten`: every account, searchable, with its platform roles. Platform admins. */
export function AccountsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <Page
      title={t('admin.accounts.title')}
      intro={canManageAccounts(user) ? t('admin.accounts.intro') : undefined}
    >
      <AdminNav />
      {canManageAccounts(user) ? (
        <AccountList myId={user?.id} />
      ) : (
        <Notice>{t('admin.accounts.notAllowed')}</Notice>
      )}
    </Page>
  );
}

function AccountList({ myId }: { myId: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebounced(text.trim(), 300);
  const page = Math.max(1, Number.parseInt(params.get('seite') ?? '1', 10) || 1);
  const [status, setStatus] = useState('');

  // The search and page live in the address, so a reload or a shared link shows the same list.
  useEffect(() => {
    setParams(
      (current) => {
        if ((current.get('q') ?? '') === q) return current;
        const next = new URLSearchParams(current);
        if (q) next.set('q', q);
        else next.delete('q');
        next.delete('seite');
        return next;
      },
      { replace: true },
    );
  }, [q, setParams]);

  const setPage = (value: number) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value > 1) next.set('seite', String(value));
      else next.delete('seite');
      return next;
    });

  const list = useQuery(accountsQuery(q, page));
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

  return (
    <>
      <form role="search" className="admin-search" onSubmit={(event) => event.preventDefault()}>
        <TextField
          id={`${id}-q`}
          label={t('admin.accounts.search')}
          hint={t('admin.accounts.searchHint')}
          type="search"
          value={text}
          autoComplete="off"
          onValueChange={setText}
        />
      </form>
      <p role="status" className="admin-status">
        {list.data ? t('admin.accounts.count', { count: list.data.total }) : ''}
      </p>
      <p role="status" className="admin-status">
        {status}
      </p>
      {list.isPending ? (
        <LoadingState />
      ) : isApiError(list.error, 'forbidden') ? (
        <Notice>{t('admin.accounts.notAllowed')}</Notice>
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState text={t('admin.accounts.empty')} />
      ) : (
        <>
          <AccountTable
            accounts={list.data.items}
            myId={myId}
            caption={t('admin.accounts.caption', { page: list.data.page, pages })}
            onSaved={setStatus}
          />
          <Pagination page={list.data.page} pages={pages} onPage={setPage} />
        </>
      )}
    </>
  );
}
