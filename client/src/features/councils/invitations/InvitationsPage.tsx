import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { Notice } from '../components/Notice';
import { invitationsQuery } from '../queries';
import { useCouncil } from '../useCouncil';
import { InvitationList } from './InvitationList';
import { InviteForm } from './InviteForm';
import { OutboxList } from './OutboxList';

/** Invite people by e-mail, follow up on open invitations, read the outbox. Admins only. */
export function InvitationsPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const allowed = council.permissions.manageInvitations;
  const { data, error, isPending, refetch } = useQuery({
    ...invitationsQuery(council.id),
    enabled: allowed,
  });

  if (!allowed) {
    return (
      <Page title={t('invitations.title')}>
        <Notice>{t('invitations.notAllowed')}</Notice>
      </Page>
    );
  }
  return (
    <Page title={t('invitations.title')} intro={t('invitations.intro')}>
      <InviteForm workspaceId={council.id} />
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <InvitationList workspaceId={council.id} invitations={data.items} />
      )}
      {council.permissions.readOutbox ? <OutboxList workspaceId={council.id} /> : null}
    </Page>
  );
}
