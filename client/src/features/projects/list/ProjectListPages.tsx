import { projectLinks } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../components/Page';
import { useCouncil } from '../../councils/useCouncil';
import { ProjectFilters, useProjectFilters } from './ProjectFilters';
import { ProjectList } from './ProjectList';
import '../../councils/councils.css';
import '../projects.css';

/** Every project the user may see across the network: their councils' and those shared with all. */
export function NetworkProjectsPage() {
  const { t } = useTranslation();
  const [query] = useProjectFilters();
  return (
    <Page title={t('projects.list.networkTitle')} intro={t('projects.list.networkIntro')}>
      <ProjectFilters network />
      <ProjectList query={query} showCouncil />
    </Page>
  );
}

/** One council's projects (outsiders see what it shares). */
export function CouncilProjectsPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const [query] = useProjectFilters();
  return (
    <Page title={t('projects.list.councilTitle', { name: council.name })}>
      {council.permissions.writeContent ? (
        <p>
          <Link className="button" to={projectLinks.newProject(council.id)}>
            {t('projects.list.new')}
          </Link>
        </p>
      ) : null}
      <ProjectFilters network={false} />
      <ProjectList query={{ ...query, workspaceId: council.id }} showCouncil={false} />
    </Page>
  );
}
