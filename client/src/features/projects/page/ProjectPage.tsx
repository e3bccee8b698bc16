import { endpoints, IdSchema, projectLinks, type Project } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { Page } from '../../../components/Page';
import { api, errorKey, isApiError } from '../../../lib/api';
import { useSession } from '../../auth/session';
import { Notice } from '../../councils/components/Notice';
import { membersQuery } from '../../councils/queries';
import { useCouncil } from '../../councils/useCouncil';
import { FeedLine } from '../feed/FeedLine';
import { useDeleteProject, useFollow } from '../mutations';
import { projectKeys, projectQuery } from '../queries';
import { useProjectLive } from '../useProjectLive';
import { ProjectRecord } from './ProjectRecord';
import '../projects.css';

// The sections with forms, uploads and mentions load after the project's title and record.
const sections = () => import('./ProjectSections');
const UpdatesSection = lazy(async () => ({ default: (await sections()).UpdatesSection }));
const MeasuresSection = lazy(async () => ({ default: (await sections()).MeasuresSection }));
const AttachmentsSection = lazy(async () => ({ default: (await sections()).AttachmentsSection }));
const ProjectComments = lazy(async () => ({ default: (await sections()).ProjectComments }));

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`} className="section__title">
        {title}
      </h2>
      <Suspense fallback={<LoadingState />}>{children}</Suspense>
    </section>
  );
}

/** A project: its record, updates (live), comments, measures from action plans, files, activity. */
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const valid = IdSchema.safeParse(projectId).success;
  const { data, error, isPending, refetch } = useQuery({
    ...projectQuery(projectId),
    enabled: valid,
  });
  if (!valid || isApiError(error, 'not_found')) return <NotFoundPage />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending) return <LoadingState />;
  return <ProjectView project={data} />;
}

function ProjectView({ project }: { project: Project }) {
  const { t } = useTranslation();
  const council = useCouncil();
  const { user } = useSession();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const follow = useFollow(project.id);
  const remove = useDeleteProject(project.id);
  const members = useQuery({
    ...membersQuery(council.id),
    enabled: council.permissions.readMembers && project.permissions.post,
  });
  useProjectLive(project.id);
  const people = members.data?.items ?? [];
  const userId = user?.id ?? '';

  return (
    <Page title={project.title} intro={project.summary || undefined}>
      <p className="project__badges">
        <span className="badge">{t(`projects.status.${project.status}`)}</span>
        <span className="badge">{t(`vocab.visibility.${project.visibility}`)}</span>
        {project.draft ? <span className="badge badge--draft">{t('projects.draft')}</span> : null}
        {project.fieldsOfAction.map((field) => (
          <span key={field} className="badge">
            {t(`vocab.field.${field}`)}
          </span>
        ))}
      </p>
      {project.draft ? <Notice>{t('projects.draftNotice')}</Notice> : null}
      {!project.permissions.edit && !project.permissions.post ? (
        <Notice>{t('projects.readOnly')}</Notice>
      ) : null}
      <div className="project__actions">
        {project.permissions.edit ? (
          <Link className="button" to={projectLinks.editProject(council.id, project.id)}>
            {t('projects.edit')}
          </Link>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={project.following}
          aria-disabled={follow.isPending}
          onClick={() => follow.mutate(!project.following)}
        >
          {project.following ? t('projects.following') : t('projects.follow')}
        </button>
        {project.permissions.manage ? (
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirming(true)}
          >
            {t('projects.delete')}
          </button>
        ) : null}
      </div>
      {remove.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(remove.error))}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('projects.deleteTitle')}
        text={t('projects.deleteText', { title: project.title })}
        confirmLabel={t('projects.delete')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          remove.mutate(undefined, {
            onSuccess: () => void navigate(projectLinks.councilProjects(council.id)),
          });
        }}
      />
      <nav className="project__toc" aria-label={t('projects.toc')}>
        <ul>
          {(
            ['updates', 'record', 'measures', 'attachments', 'discussion', 'activity'] as const
          ).map((key) => (
            <li key={key}>
              <a href={`#${key}`}>{t(`projects.sections.${key}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Section id="updates" title={t('projects.sections.updates')}>
        <UpdatesSection project={project} members={people} userId={userId} />
      </Section>
      <Section id="record" title={t('projects.sections.record')}>
        <ProjectRecord project={project} />
      </Section>
      <Section id="measures" title={t('projects.sections.measures')}>
        <MeasuresSection projectId={project.id} />
      </Section>
      <Section id="attachments" title={t('projects.sections.attachments')}>
        <AttachmentsSection projectId={project.id} />
      </Section>
      <Section id="discussion" title={t('projects.sections.discussion')}>
        <ProjectComments project={project} members={people} userId={userId} />
      </Section>
      <Section id="activity" title={t('projects.sections.activity')}>
        <ProjectActivity projectId={project.id} />
      </Section>
    </Page>
  );
}

function ProjectActivity({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery({
    queryKey: [...projectKeys.one(projectId), 'activity'],
    queryFn: ({ signal }) =>
      api(endpoints.projects.activity, { params: { id: projectId }, signal }),
  });
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (data.items.length === 0) return <EmptyState text={t('feed.empty')} />;
  return (
    <ol className="feed feed--compact">
      {data.items.map((item) => (
        <FeedLine key={item.id} item={{ ...item, update: null, comment: null }} />
      ))}
    </ol>
  );
}
