import {
  EditUpdateBodySchema,
  type Member,
  type ProjectPermissions,
  type ProjectUpdate,
} from '@pnetz/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKey } from '../../../lib/api';
import { PersonName } from '../../councils/components/PersonName';
import { formatDateTime, formatSize } from '../format';
import { useDeleteUpdate, useEditUpdate } from '../mutations';
import { CommentThread } from './CommentThread';
import { MentionInput } from './MentionInput';

interface UpdateItemProps {
  update: ProjectUpdate;
  permissions: ProjectPermissions;
  members: readonly Member[];
  userId: string;
  /** Heading level inside the page (updates on the project page are h3). */
  headingLevel?: 3 | 4;
}

/** One partner update: who and when, the text as plain text, its images and files, comments. */
export function UpdateItem({
  update,
  permissions,
  members,
  userId,
  headingLevel = 3,
}: UpdateItemProps) {
  const { t } = useTranslation();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(update.text);
  const [mentions, setMentions] = useState(() =>
    update.mentions.flatMap((m) => (m.id ? [m.id] : [])),
  );
  const edit = useEditUpdate(update.projectId);
  const remove = useDeleteUpdate(update.projectId);
  const own = update.author.id === userId && permissions.post;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const images = update.attachments.filter((a) => a.kind === 'image');
  const files = update.attachments.filter((a) => a.kind === 'file');

  return (
    <article id={`update-${update.id}`} className="update" aria-labelledby={`${id}-by`}>
      <Heading id={`${id}-by`} className="update__meta">
        <PersonName person={update.author} />{' '}
        <span className="muted">
          <time dateTime={update.createdAt}>{formatDateTime(update.createdAt)}</time>
          {update.editedAt ? ` · ${t('projects.edited')}` : ''}
        </span>
      </Heading>
      {editing ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const parsed = EditUpdateBodySchema.safeParse({ text, mentions });
            if (parsed.success)
              edit.mutate(
                { id: update.id, ...parsed.data },
                { onSuccess: () => setEditing(false) },
              );
          }}
        >
          <MentionInput
            id={`${id}-edit`}
            label={t('projects.post.text')}
            text={text}
            mentions={mentions}
            members={members}
            rows={4}
            onChange={(value) => {
              setText(value.text);
              setMentions(value.mentions);
            }}
          />
          {edit.error ? (
            <p className="form__alert" role="alert">
              {t(errorKey(edit.error))}
            </p>
          ) : null}
          <div className="form__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setEditing(false)}
            >
              {t('projects.cancel')}
            </button>
            <button type="submit" className="button">
              {t('projects.save')}
            </button>
          </div>
        </form>
      ) : (
        <p className="user-text">{update.text}</p>
      )}
      {images.length > 0 ? (
        <ul className="update__images">
          {images.map((image) => (
            <li key={image.id}>
              <img
                src={image.url}
                alt={
                  image.description ||
                  t('projects.imageWithoutDescription', { name: image.filename })
                }
                loading="lazy"
              />
            </li>
          ))}
        </ul>
      ) : null}
      {files.length > 0 ? (
        <ul className="update__files">
          {files.map((file) => (
            <li key={file.id}>
              <a href={file.url} download={file.filename}>
                {file.filename}
              </a>{' '}
              <span className="muted">({formatSize(file.size)})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {own || permissions.moderate ? (
        <div className="update__actions">
          {own && !editing ? (
            <button type="button" className="link-button" onClick={() => setEditing(true)}>
              {t('projects.updates.edit')}
            </button>
          ) : null}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              if (window.confirm(t('projects.updates.confirmDelete'))) remove.mutate(update.id);
            }}
          >
            {t('projects.updates.delete')}
          </button>
        </div>
      ) : null}
      <CommentThread
        projectId={update.projectId}
        target={{ type: 'update', id: update.id }}
        comments={update.comments}
        permissions={permissions}
        members={members}
        userId={userId}
      />
    </article>
  );
}
