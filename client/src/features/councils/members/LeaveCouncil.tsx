import type { WorkspaceProfile } from '@pnetz/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { errorKey } from '../../../lib/api';
import { paths } from '../../../lib/paths';
import { useLeaveCouncil } from '../mutations';

export function LeaveCouncil({ council }: { council: WorkspaceProfile }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const leave = useLeaveCouncil(council.id);
  const [asking, setAsking] = useState(false);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('members.leaveTitle')}
      </h2>
      <p>{t('members.leaveText')}</p>
      {leave.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(leave.error))}
        </p>
      ) : null}
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {t('members.leave')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('members.leaveConfirmTitle', { name: council.name })}
        text={t('members.leaveText')}
        confirmLabel={t('members.leave')}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          leave.mutate(undefined, { onSuccess: () => void navigate(paths.councils) });
        }}
      />
    </section>
  );
}
