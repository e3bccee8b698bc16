import type { AdminUser } from '@pnetz/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorKey } from '../../lib/api';
import { useEndUserSessions } from './mutations';

/** Signs an account out everywhere, after asking. */
export function EndSessionsButton({
  account,
  onDone,
}: {
  account: AdminUser;
  onDone: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const end = useEndUserSessions();
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-label={t('admin.accounts.endSessionsNamed', { name: account.name })}
        aria-disabled={end.isPending}
        onClick={() => setConfirming(true)}
      >
        {t('admin.accounts.endSessions')}
      </button>
      {end.error ? (
        <p className="field__error" role="alert">
          {t(errorKey(end.error))}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('admin.accounts.endSessionsTitle', { name: account.name })}
        text={t('admin.accounts.endSessionsText')}
        confirmLabel={t('admin.accounts.endSessions')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          end.mutate(account.id, {
            onSuccess: ({ ended }) =>
              onDone(t('admin.accounts.sessionsEnded', { name: account.name, count: ended })),
          });
        }}
      />
    </>
  );
}
