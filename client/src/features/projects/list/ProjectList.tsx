import { projectLinks, type ProjectListQuery } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { formatDate, formatNumber } from '../../../lib/format';
import { exportUrl, projectListQuery } from '../queries';
import { TableScroll } from '../../../components/TableScroll';

/** The filtered projects as a table, with the CSV export of exactly this list. */
export function ProjectList({
  query,
  showCouncil,
}: {
  query: ProjectListQuery;
  showCouncil: boolean;
}) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(projectListQuery(query));
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <p className="project-list__summary" role="status">
        {t('projects.list.count', { count: data.total, formatted: formatNumber(data.total) })}{' '}
        <a href={exportUrl(query)} download>
          {t('projects.list.export')}
        </a>
      </p>
      {data.items.length === 0 ? (
        <EmptyState text={t('projects.list.empty')} />
      ) : (
        <TableScroll label={t('projects.list.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('projects.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects.fields.title')}</th>
                {showCouncil ? <th scope="col">{t('projects.list.council')}</th> : null}
                <th scope="col">{t('projects.fields.status')}</th>
                <th scope="col">{t('projects.fields.fieldsOfAction')}</th>
                <th scope="col">{t('projects.list.period')}</th>
                <th scope="col">{t('projects.list.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((project) => (
                <tr key={project.id}>
                  <td>
                    <Link to={projectLinks.project(project.workspace.id, project.id)}>
                      {project.title}
                    </Link>
                    {project.draft ? (
                      <span className="badge badge--draft">{t('projects.draft')}</span>
                    ) : null}
                  </td>
                  {showCouncil ? <td>{project.workspace.municipality}</td> : null}
                  <td>{t(`projects.status.${project.status}`)}</td>
                  <td>
                    {project.fieldsOfAction.map((field) => t(`vocab.field.${field}`)).join(', ')}
                  </td>
                  <td>
                    {project.start ? formatDate(project.start) : '–'} –{' '}
                    {project.end ? formatDate(project.end) : t('projects.open')}
                  </td>
                  <td>{formatDate(project.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
