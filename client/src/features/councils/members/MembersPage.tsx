import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { Notice } from '../components/Notice';
import { membersQuery } from '../queries';
import { useCouncil } from '../useCouncil';
import { LeaveCouncil } from './LeaveCouncil';
import { MemberTable } from './MemberTable';
import { OwnOrganisationForm } from './OwnOrganisationForm';

/** The council's members with organisation and role; admins change roles and remove members. */
export function MembersPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const { data, error, isPending, refetch } = useQuery({
    ...membersQuery(council.id),
    enabled: council.permissions.readMembers,
  });
  const [status, setStatus] = useState('');

  let content;
  if (!council.permissions.readMembers) content = <Notice>{t('members.notAllowed')}</Notice>;
  else if (isPending) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (data.items.length === 0) content = <EmptyState text={t('members.empty')} />;
  else content = <MemberTable council={council} members={data.items} onStatus={setStatus} />;

  const me = data?.items.find((member) => member.isMe);
  return (
    <Page title={t('members.title')} intro={t('members.intro')}>
      {council.myRole && !council.permissions.manageMembers ? (
        <Notice>
          {council.permissions.updateOwnOrganisation
            ? t('members.memberNotice')
            : t('members.guestNotice')}
        </Notice>
      ) : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {content}
      {me && council.permissions.updateOwnOrganisation ? (
        <OwnOrganisationForm workspaceId={council.id} member={me} />
      ) : null}
      {council.permissions.leave ? <LeaveCouncil council={council} /> : null}
    </Page>
  );
}
