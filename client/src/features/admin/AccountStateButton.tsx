import type { AdminUser } from '@pnetz/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorKey } from '../../lib/api';
import { useSetAccountState } from './mutations';

/**
 * Deactivates an account after asking (its sessions and live connections end at once, and it can
 * no longer sign in), or reactivates a deactivated one. The own account cannot be deactivated.
 */
export function AccountStateButton({
  account,
  isMe,
  onDone,
}: {
  account: AdminUser;
  isMe: boolean;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const setState = useSetAccountState();
  if (isMe) return null;
  const save = (active: boolean) =>
    setState.mutate(
      { userId: account.id, active },
      {
        onSuccess: () =>
          onDone(
            t(active ? 'admin.accounts.reactivated' : 'admin.accounts.deactivated', {
              name: account.name,
            }),
          ),
      },
    );
  return (
    <>
      {account.active ? (
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('admin.accounts.deactivateNamed', { name: account.name })}
          aria-disabled={setState.isPending}
          onClick={() => setConfirming(true)}
        >
          {t('admin.accounts.deactivate')}
        </button>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('admin.accounts.reactivateNamed', { name: account.name })}
          aria-disabled={setState.isPending}
          onClick={() => !setState.isPending && save(true)}
        >
          {t('admin.accounts.reactivate')}
        </button>
      )}
      {setState.error ? (
        <p className="field__error" role="alert">
          {t(errorKey(setState.error))}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('admin.accounts.deactivateTitle', { name: account.name })}
        text={t('admin.accounts.deactivateText')}
        confirmLabel={t('admin.accounts.deactivate')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          save(false);
        }}
      />
    </>
  );
}
