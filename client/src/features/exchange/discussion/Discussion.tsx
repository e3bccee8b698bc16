import type { Participant, Post } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { formatDateTime } from '../format';
import { postsQuery } from '../queries';
import { PostForm } from './PostForm';
import { useExchangeRoom } from './useExchangeRoom';

function PostView({ post }: { post: Post }) {
  const { t } = useTranslation();
  const author = post.author.former ? t('people.former') : post.author.name;
  const from = [post.organisation, post.council].filter(Boolean).join(', ');
  return (
    <div className="x-post" data-testid="post" id={`post-${post.id}`}>
      <p className="x-post__meta">
        <strong>{author}</strong>
        {from ? <span className="x-muted"> · {from}</span> : null}
        <span className="x-muted">
          {' · '}
          <time dateTime={post.createdAt}>{formatDateTime(post.createdAt)}</time>
        </span>
      </p>
      <p className="x-post__body">{post.body}</p>
    </div>
  );
}

/** The live discussion: threads with their replies; new posts appear without reloading. */
export function Discussion({
  exchangeId,
  canPost,
  participants,
}: {
  exchangeId: string;
  canPost: boolean;
  participants: Participant[];
}) {
  const { t } = useTranslation();
  const posts = useQuery(postsQuery(exchangeId));
  const latest = useExchangeRoom(exchangeId);
  const [replyTo, setReplyTo] = useState<string | null>(null);

  const items = posts.data?.items ?? [];
  const threads = items.filter((post) => post.parentId === null);
  const replies = (threadId: string) => items.filter((post) => post.parentId === threadId);

  return (
    <section className="section" aria-labelledby="discussion-heading">
      <h2 id="discussion-heading" className="section__title">
        {t('exchange.discussion.title')}
      </h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {latest
          ? t('exchange.discussion.arrived', {
              name: latest.author.former ? t('people.former') : latest.author.name,
            })
          : ''}
      </p>
      {posts.isPending ? <LoadingState /> : null}
      {posts.error ? <ErrorState error={posts.error} onRetry={() => void posts.refetch()} /> : null}
      {posts.data && threads.length === 0 ? (
        <p className="x-muted">{t('exchange.discussion.none')}</p>
      ) : null}
      <ol className="x-threads">
        {threads.map((thread) => (
          <li key={thread.id} className="x-thread">
            <article
              aria-label={t('exchange.discussion.thread', {
                name: thread.author.former ? t('people.former') : thread.author.name,
              })}
            >
              <PostView post={thread} />
              {replies(thread.id).length > 0 ? (
                <ol className="x-replies">
                  {replies(thread.id).map((reply) => (
                    <li key={reply.id}>
                      <PostView post={reply} />
                    </li>
                  ))}
                </ol>
              ) : null}
              {canPost ? (
                replyTo === thread.id ? (
                  <PostForm
                    exchangeId={exchangeId}
                    parentId={thread.id}
                    participants={participants}
                    label={t('exchange.discussion.replyLabel')}
                    onPosted={() => setReplyTo(null)}
                  />
                ) : (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setReplyTo(thread.id)}
                  >
                    {t('exchange.discussion.reply')}
                  </button>
                )
              ) : null}
            </article>
          </li>
        ))}
      </ol>
      {canPost ? (
        <PostForm
          exchangeId={exchangeId}
          parentId={null}
          participants={participants}
          label={t('exchange.discussion.newPost')}
        />
      ) : null}
    </section>
  );
}
