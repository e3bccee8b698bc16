import type { Member, Project } from '@pnetz/shared';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { formatDate } from '../../../lib/format';
import { PersonName } from '../../councils/components/PersonName';
import { formatDateTime, formatSize } from '../format';
import { attachmentsQuery, measuresQuery, projectCommentsQuery, updatesQuery } from '../queries';
import { CommentThread } from './CommentThread';
import { PostUpdateForm } from './PostUpdateForm';
import { UpdateItem } from './UpdateItem';
import { TableScroll } from '../../../components/TableScroll';

interface SectionProps {
  project: Project;
  members: readonly Member[];
  userId: string;
}

/** The project's updates, newest first, with the posting form for members and partners. */
export function UpdatesSection({ project, members, userId }: SectionProps) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useInfiniteQuery(updatesQuery(project.id));
  const updates = data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      {project.permissions.post ? (
        <PostUpdateForm projectId={project.id} members={members} />
      ) : null}
      {isPending ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : null}
      {!isPending && !error && updates.length === 0 ? (
        <EmptyState text={t('projects.updates.empty')} />
      ) : null}
      <div className="updates">
        {updates.map((update) => (
          <UpdateItem
            key={update.id}
            update={update}
            permissions={project.permissions}
            members={members}
            userId={userId}
          />
        ))}
      </div>
      {hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={isFetchingNextPage}
          onClick={() => void fetchNextPage()}
        >
          {t('projects.updates.more')}
        </button>
      ) : null}
    </>
  );
}

export function ProjectComments({ project, members, userId }: SectionProps) {
  const { data, error, isPending, refetch } = useQuery(projectCommentsQuery(project.id));
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <CommentThread
      projectId={project.id}
      target={{ type: 'project', id: project.id }}
      comments={data.items}
      permissions={project.permissions}
      members={members}
      userId={userId}
    />
  );
}

/** Measures of action plans that serve the project (only from plans the viewer may read). */
export function MeasuresSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(measuresQuery(projectId));
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (data.items.length === 0) return <EmptyState text={t('projects.measures.empty')} />;
  return (
    <TableScroll label={t('projects.measures.caption')}>
      <table className="table">
        <caption className="visually-hidden">{t('projects.measures.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.measures.title')}</th>
            <th scope="col">{t('projects.measures.plan')}</th>
            <th scope="col">{t('projects.measures.responsible')}</th>
            <th scope="col">{t('projects.measures.deadline')}</th>
            <th scope="col">{t('projects.measures.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((measure) => (
            <tr key={`${measure.planId}-${measure.id}`}>
              <td>{measure.title}</td>
              <td>
                <Link to={`/plaene/${measure.planId}`}>{measure.planTitle}</Link>
              </td>
              <td>
                {[measure.responsiblePerson, measure.responsibleOrganisation]
                  .filter(Boolean)
                  .join(', ')}
              </td>
              <td>{measure.deadline ? formatDate(measure.deadline) : '–'}</td>
              <td>{measure.progress} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Every file and image of the project and its updates. */
export function AttachmentsSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(attachmentsQuery(projectId));
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (data.items.length === 0) return <EmptyState text={t('projects.attachments.empty')} />;
  return (
    <ul className="attachments">
      {data.items.map((file) => (
        <li key={file.id}>
          <a href={file.url} download={file.filename}>
            {file.filename}
          </a>{' '}
          <span className="muted">
            ({formatSize(file.size)}) · <PersonName person={file.uploadedBy} /> ·{' '}
            <time dateTime={file.createdAt}>{formatDateTime(file.createdAt)}</time>
          </span>
          {file.description ? <span className="user-text"> – {file.description}</span> : null}
        </li>
      ))}
    </ul>
  );
}
