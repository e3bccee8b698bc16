import { projectLinks, type FeedItem } from '@pnetz/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PersonName } from '../../councils/components/PersonName';
import { formatDateTime } from '../format';

/** One line of an activity feed: who did what in which project, with the update's content. */
export function FeedLine({ item }: { item: FeedItem }) {
  const { t } = useTranslation();
  const anchor = item.update
    ? `update-${item.update.id}`
    : item.comment
      ? `comment-${item.comment.id}`
      : undefined;
  const link = projectLinks.project(item.workspaceId, item.project.id, anchor);
  return (
    <li className="feed__item" data-feed-kind={item.kind}>
      <p className="feed__meta">
        <strong>
          <PersonName person={item.actor} />
        </strong>{' '}
        {t(`feed.kind.${item.kind}`)} <Link to={link}>{item.project.title}</Link>{' '}
        <span className="muted">
          · <time dateTime={item.at}>{formatDateTime(item.at)}</time>
        </span>
      </p>
      {item.update ? (
        <div className="feed__content">
          <p className="user-text">{item.update.text}</p>
          {item.update.attachments
            .filter((a) => a.kind === 'image')
            .map((image) => (
              <img
                key={image.id}
                className="feed__image"
                src={image.url}
                alt={
                  image.description ||
                  t('projects.imageWithoutDescription', { name: image.filename })
                }
                loading="lazy"
              />
            ))}
        </div>
      ) : null}
      {item.comment ? <p className="feed__content user-text">{item.comment.text}</p> : null}
      {item.attachment ? (
        <p className="feed__content">
          <a href={item.attachment.url} download={item.attachment.filename}>
            {item.attachment.filename}
          </a>
        </p>
      ) : null}
    </li>
  );
}
