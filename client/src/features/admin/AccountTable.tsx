import type { AdminUser } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../lib/format';
import { AccountStateButton } from './AccountStateButton';
import { EndSessionsButton } from './EndSessionsButton';
import { formatDateTime } from './format';
import { RolesEditor } from './RolesEditor';
import { TableScroll } from '../../components/TableScroll';

interface AccountTableProps {
  accounts: readonly AdminUser[];
  /** The signed-in person's account id, marked "(Sie)". */
  myId: string | undefined;
  caption: string;
  onSaved: (text: string) => void;
}

export function AccountTable({ accounts, myId, caption, onSaved }: AccountTableProps) {
  const { t } = useTranslation();
  return (
    <TableScroll label={caption} className="admin-accounts__wrap">
      <table className="table admin-accounts">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.accounts.columns.name')}</th>
            <th scope="col">{t('admin.accounts.columns.email')}</th>
            <th scope="col">{t('admin.accounts.columns.roles')}</th>
            <th scope="col">{t('admin.accounts.columns.councils')}</th>
            <th scope="col">{t('admin.accounts.columns.lastLogin')}</th>
            <th scope="col">{t('admin.accounts.columns.created')}</th>
            <th scope="col">{t('admin.accounts.columns.sessions')}</th>
            <th scope="col">{t('admin.accounts.columns.access')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                {account.name}
                {account.id === myId ? (
                  <span className="member__me"> {t('admin.accounts.you')}</span>
                ) : null}
              </th>
              <td>
                <a href={`mailto:${account.email}`}>{account.email}</a>
              </td>
              <td>
                <RolesEditor account={account} onSaved={onSaved} />
              </td>
              <td>{formatNumber(account.membershipCount)}</td>
              <td>
                {account.lastLoginAt ? (
                  formatDateTime(account.lastLoginAt)
                ) : (
                  <span className="muted">{t('admin.accounts.never')}</span>
                )}
              </td>
              <td>{formatDate(account.createdAt)}</td>
              <td>
                <EndSessionsButton account={account} onDone={onSaved} />
              </td>
              <td>
                <p className={account.active ? undefined : 'admin-accounts__inactive'}>
                  {t(account.active ? 'admin.accounts.active' : 'admin.accounts.inactive')}
                </p>
                <AccountStateButton account={account} isMe={account.id === myId} onDone={onSaved} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
