import {
  CommentBodySchema,
  PLAIN_TEXT_MESSAGE,
  type Comment,
  type Member,
  type ProjectPermissions,
} from '@pnetz/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../../lib/api';
import { PersonName } from '../../councils/components/PersonName';
import { formatDateTime } from '../format';
import { useDeleteComment, usePostComment } from '../mutations';
import { MentionInput } from './MentionInput';

interface CommentThreadProps {
  projectId: string;
  target: { type: 'project' | 'update'; id: string };
  comments: readonly Comment[];
  permissions: ProjectPermissions;
  members: readonly Member[];
  userId: string;
}

/** Comments on a project or an update, oldest first, with a form for those who may post. */
export function CommentThread({
  projectId,
  target,
  comments,
  permissions,
  members,
  userId,
}: CommentThreadProps) {
  const { t } = useTranslation();
  const remove = useDeleteComment(projectId);
  return (
    <div className="comments">
      {comments.length > 0 ? (
        <ul className="comments__list" aria-label={t('projects.comments.label')}>
          {comments.map((comment) => {
            const own = comment.author.id === userId;
            return (
              <li key={comment.id} id={`comment-${comment.id}`} className="comment">
                <p className="comment__meta">
                  <strong>
                    <PersonName person={comment.author} />
                  </strong>{' '}
                  <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
                  {comment.editedAt ? (
                    <span className="muted"> · {t('projects.edited')}</span>
                  ) : null}
                </p>
                <p className="user-text">{comment.text}</p>
                {(own && permissions.post) || permissions.moderate ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      if (window.confirm(t('projects.comments.confirmDelete')))
                        remove.mutate(comment.id);
                    }}
                  >
                    {t('projects.comments.delete')}
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {permissions.post ? (
        <CommentForm projectId={projectId} target={target} members={members} />
      ) : null}
    </div>
  );
}

function CommentForm({
  projectId,
  target,
  members,
}: Pick<CommentThreadProps, 'projectId' | 'target' | 'members'>) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const post = usePostComment(projectId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (post.isPending) return;
    const parsed = CommentBodySchema.safeParse({ text, mentions });
    if (!parsed.success) {
      setError(
        parsed.error.issues[0]?.message === PLAIN_TEXT_MESSAGE
          ? t('projects.errors.markup')
          : t('projects.errors.required'),
      );
      document.getElementById(`${id}-text`)?.focus();
      return;
    }
    setError(undefined);
    post.mutate(
      { target, ...parsed.data },
      {
        onSuccess: () => {
          setText('');
          setMentions([]);
        },
      },
    );
  };

  return (
    <form className="form comment-form" noValidate onSubmit={submit}>
      {post.error ? (
        <p className="form__alert" role="alert">
          {t(errorKey(post.error))}
        </p>
      ) : null}
      <MentionInput
        id={`${id}-text`}
        label={t(
          target.type === 'project' ? 'projects.comments.onProject' : 'projects.comments.onUpdate',
        )}
        text={text}
        mentions={mentions}
        members={members}
        error={error}
        rows={2}
        onChange={(value) => {
          setText(value.text);
          setMentions(value.mentions);
        }}
      />
      <button type="submit" className="button button--secondary" aria-disabled={post.isPending}>
        {t('projects.comments.submit')}
      </button>
    </form>
  );
}
