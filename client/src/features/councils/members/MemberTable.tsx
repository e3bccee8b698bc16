import {
  WORKSPACE_ROLES,
  WorkspaceRoleSchema,
  type Member,
  type WorkspaceProfile,
} from '@pnetz/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { errorKey } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useRemoveMember, useUpdateMember } from '../mutations';
import { TableScroll } from '../../../components/TableScroll';

interface MemberTableProps {
  council: WorkspaceProfile;
  members: readonly Member[];
  /** Announces the outcome of a change to screen readers. */
  onStatus: (text: string) => void;
}

export function MemberTable({ council, members, onStatus }: MemberTableProps) {
  const { t } = useTranslation();
  const manage = council.permissions.manageMembers;
  const update = useUpdateMember(council.id);
  const remove = useRemoveMember(council.id);
  const [removing, setRemoving] = useState<Member | null>(null);
  const failure = update.error ?? remove.error;

  const changeRole = (member: Member, value: string) => {
    const role = WorkspaceRoleSchema.safeParse(value);
    if (!role.success) return;
    update.mutate(
      { userId: member.userId, body: { role: role.data } },
      {
        onSuccess: () =>
          onStatus(
            t('members.roleChanged', { name: member.name, role: t(`vocab.role.${role.data}`) }),
          ),
      },
    );
  };

  return (
    <>
      {failure ? (
        <p className="form__alert" role="alert">
          {t(errorKey(failure))}
        </p>
      ) : null}
      <TableScroll label={t('members.caption', { name: council.name })}>
        <table className="table">
          <caption className="visually-hidden">
            {t('members.caption', { name: council.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('members.name')}</th>
              <th scope="col">{t('members.organisation')}</th>
              <th scope="col">{t('members.organisationType')}</th>
              <th scope="col">{t('members.role')}</th>
              <th scope="col">{t('members.email')}</th>
              <th scope="col">{t('members.since')}</th>
              {manage ? <th scope="col">{t('members.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <th scope="row">
                  {member.name}
                  {member.isMe ? <span className="member__me"> {t('members.you')}</span> : null}
                </th>
                <td>{member.organisation.name}</td>
                <td>{t(`vocab.org.${member.organisation.type}`)}</td>
                <td>
                  {manage ? (
                    <select
                      aria-label={t('members.roleOf', { name: member.name })}
                      value={member.role}
                      onChange={(event) => changeRole(member, event.target.value)}
                    >
                      {WORKSPACE_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`vocab.role.${role}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    t(`vocab.role.${member.role}`)
                  )}
                </td>
                <td>
                  {member.email ? (
                    <a href={`mailto:${member.email}`}>{member.email}</a>
                  ) : (
                    <span className="muted">{t('members.emailHidden')}</span>
                  )}
                </td>
                <td>{formatDate(member.joinedAt)}</td>
                {manage ? (
                  <td>
                    {member.isMe ? null : (
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-label={t('members.removeNamed', { name: member.name })}
                        onClick={() => setRemoving(member)}
                      >
                        {t('members.remove')}
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ConfirmDialog
        open={removing !== null}
        title={t('members.removeTitle', { name: removing?.name ?? '' })}
        text={t('members.removeText')}
        confirmLabel={t('members.remove')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const member = removing;
          setRemoving(null);
          if (member)
            remove.mutate(member.userId, {
              onSuccess: () => onStatus(t('members.removed', { name: member.name })),
            });
        }}
      />
    </>
  );
}
