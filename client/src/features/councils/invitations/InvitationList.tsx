import type { Invitation } from '@pnetz/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { errorKey } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { PersonName } from '../components/PersonName';
import { useResendInvitation, useRevokeInvitation } from '../mutations';
import { TableScroll } from '../../../components/TableScroll';

export function InvitationList({
  workspaceId,
  invitations,
}: {
  workspaceId: string;
  invitations: readonly Invitation[];
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const resend = useResendInvitation(workspaceId);
  const revoke = useRevokeInvitation(workspaceId);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [status, setStatus] = useState('');
  const failure = resend.error ?? revoke.error;
  const address = (invitation: Invitation) => invitation.email ?? t('people.former');

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {t('invitations.listTitle')}
      </h2>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {failure ? (
        <p className="form__alert" role="alert">
          {t(errorKey(failure))}
        </p>
      ) : null}
      {invitations.length === 0 ? (
        <EmptyState text={t('invitations.empty')} />
      ) : (
        <TableScroll label={t('invitations.listTitle')}>
          <table className="table">
            <caption className="visually-hidden">{t('invitations.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('invitations.email')}</th>
                <th scope="col">{t('invitations.role')}</th>
                <th scope="col">{t('invitations.organisationName')}</th>
                <th scope="col">{t('invitations.status')}</th>
                <th scope="col">{t('invitations.invitedBy')}</th>
                <th scope="col">{t('invitations.validUntil')}</th>
                <th scope="col">{t('invitations.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => {
                const open = invitation.status === 'pending' || invitation.status === 'expired';
                return (
                  <tr key={invitation.id}>
                    <th scope="row">{address(invitation)}</th>
                    <td>{t(`vocab.role.${invitation.role}`)}</td>
                    <td>
                      {invitation.organisation.name} (
                      {t(`vocab.org.${invitation.organisation.type}`)})
                    </td>
                    <td>
                      <span className={`status status--${invitation.status}`}>
                        {t(`invitations.statusLabel.${invitation.status}`)}
                      </span>
                      {invitation.delivery === 'failed' && open ? (
                        <span className="muted"> – {t('invitations.deliveryFailed')}</span>
                      ) : null}
                    </td>
                    <td>
                      <PersonName person={invitation.invitedBy} />
                    </td>
                    <td>
                      {invitation.status === 'accepted' && invitation.acceptedAt
                        ? t('invitations.acceptedOn', { date: formatDate(invitation.acceptedAt) })
                        : formatDate(invitation.expiresAt)}
                    </td>
                    <td className="table__actions">
                      {open ? (
                        <>
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-label={t('invitations.resendNamed', {
                              email: address(invitation),
                            })}
                            onClick={() =>
                              resend.mutate(invitation.id, {
                                onSuccess: () =>
                                  setStatus(
                                    t('invitations.resent', { email: address(invitation) }),
                                  ),
                              })
                            }
                          >
                            {t('invitations.resend')}
                          </button>
                          <button
                            type="button"
                            className="button button--secondary"
                            aria-label={t('invitations.revokeNamed', {
                              email: address(invitation),
                            })}
                            onClick={() => setRevoking(invitation)}
                          >
                            {t('invitations.revoke')}
                          </button>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={t('invitations.revokeTitle', { email: revoking ? address(revoking) : '' })}
        text={t('invitations.revokeText')}
        confirmLabel={t('invitations.revoke')}
        onCancel={() => setRevoking(null)}
        onConfirm={() => {
          const invitation = revoking;
          setRevoking(null);
          if (invitation)
            revoke.mutate(invitation.id, {
              onSuccess: () => setStatus(t('invitations.revoked', { email: address(invitation) })),
            });
        }}
      />
    </section>
  );
}
