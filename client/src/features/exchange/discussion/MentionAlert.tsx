import { ExchangeMentionSchema, ServerEvent, type ExchangeMention } from '@pnetz/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRealtimeSocket } from '../../../lib/socket';
import { exchangePaths } from '../paths';
import './mention-alert.css';

/**
 * Tells the signed-in person at once when someone mentions them in an exchange discussion
 * (the server's live `exchange:mention` event to their own sockets), on whatever page they are:
 * a polite message with a link to the post, which stays until they close it.
 */
export function MentionAlert() {
  const { t } = useTranslation();
  const socket = useRealtimeSocket();
  const [mention, setMention] = useState<ExchangeMention | null>(null);

  useEffect(() => {
    if (!socket) return;
    const onMention = (payload: unknown) => {
      const parsed = ExchangeMentionSchema.safeParse(payload);
      if (parsed.success) setMention(parsed.data);
    };
    socket.on(ServerEvent.ExchangeMention, onMention);
    return () => {
      socket.off(ServerEvent.ExchangeMention, onMention);
    };
  }, [socket]);

  const name = mention ? (mention.by.former ? t('people.former') : mention.by.name) : '';
  return (
    <div className="mention-alert-region" role="status" aria-live="polite">
      {mention ? (
        <div className="mention-alert" data-testid="mention-alert">
          <p className="mention-alert__text">
            {t('mentions.alert', { name, title: mention.exchangeTitle })}{' '}
            <Link
              to={`${exchangePaths.exchange(mention.exchangeId)}#post-${mention.postId}`}
              onClick={() => setMention(null)}
            >
              {t('mentions.open')}
            </Link>
          </p>
          <button
            type="button"
            className="button button--secondary mention-alert__close"
            onClick={() => setMention(null)}
          >
            {t('mentions.close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
