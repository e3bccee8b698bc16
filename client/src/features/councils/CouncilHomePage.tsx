import { ORGANISATION_TYPES, type Member } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { formatDate, formatNumber } from '../../lib/format';
import { ActivityList } from './ActivityList';
import { Notice } from './components/Notice';
import { CouncilFacts } from './CouncilFacts';
import { CouncilPlanLinks } from '../plans/CouncilPlanLinks';
import { CouncilProjectLinks } from '../projects/CouncilProjectLinks';
import { CouncilAnalyses } from '../analysis/manage/CouncilAnalyses';
import { membersQuery } from './queries';
import { useCouncil } from './useCouncil';

/** A council's home: its profile, who works in it by organisation type, and recent activity. */
export function CouncilHomePage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const membersHeading = useId();
  return (
    <Page title={council.name} intro={council.description || undefined}>
      {council.myRole === null ? <Notice>{t('council.home.outsider')}</Notice> : null}
      {council.myRole === 'guest' ? <Notice>{t('council.readOnly')}</Notice> : null}
      <CouncilFacts council={council} />
      <CouncilPlanLinks council={council} />
      <CouncilProjectLinks council={council} />
      <CouncilAnalyses council={council} />
      <section className="section" aria-labelledby={membersHeading}>
        <h2 id={membersHeading} className="section__title">
          {t('council.home.membersTitle')}
        </h2>
        {council.permissions.readMembers ? (
          <MembersByOrganisation workspaceId={council.id} />
        ) : (
          <ul className="org-counts">
            {council.organisationCounts.map((entry) => (
              <li key={entry.type}>
                {t(`vocab.org.${entry.type}`)}: {formatNumber(entry.count)}
              </li>
            ))}
          </ul>
        )}
      </section>
      {council.myRole ? <ActivityList workspaceId={council.id} /> : null}
      <p className="council__since">
        {t('council.home.since', { date: formatDate(council.createdAt) })}
      </p>
    </Page>
  );
}

function MembersByOrganisation({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(membersQuery(workspaceId));
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (data.items.length === 0) return <EmptyState text={t('members.empty')} />;
  const groups = ORGANISATION_TYPES.map((type) => ({
    type,
    members: data.items.filter((member: Member) => member.organisation.type === type),
  })).filter((group) => group.members.length > 0);
  return (
    <div className="org-groups">
      {groups.map((group) => (
        <section key={group.type} className="org-group" aria-label={t(`vocab.org.${group.type}`)}>
          <h3 className="org-group__title">
            {t(`vocab.org.${group.type}`)}{' '}
            <span className="org-group__count">({formatNumber(group.members.length)})</span>
          </h3>
          <ul className="org-group__list">
            {group.members.map((member) => (
              <li key={member.userId}>
                <span className="org-group__name">{member.name}</span>{' '}
                <span className="org-group__org">{member.organisation.name}</span>
                {member.role !== 'member' ? (
                  <span className="badge">{t(`vocab.role.${member.role}`)}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
