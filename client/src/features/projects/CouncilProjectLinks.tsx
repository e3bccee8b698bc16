import { projectLinks, type WorkspaceProfile } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './projects.css';

/** Links from a council's home page to its projects and, for members, its activity feed. */
export function CouncilProjectLinks({
  council,
}: {
  council: Pick<WorkspaceProfile, 'id' | 'name' | 'myRole'>;
}) {
  const { t } = useTranslation();
  return (
    <nav
      className="council-project-links"
      aria-label={t('projects.councilLinks', { council: council.name })}
    >
      <Link to={projectLinks.councilProjects(council.id)}>{t('projects.list.councilTitle')}</Link>
      {council.myRole !== null ? (
        <Link to={projectLinks.feed(council.id)}>{t('feed.title')}</Link>
      ) : null}
    </nav>
  );
}
