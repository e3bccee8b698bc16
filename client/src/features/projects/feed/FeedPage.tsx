import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { Notice } from '../../councils/components/Notice';
import { useCouncil } from '../../councils/useCouncil';
import { useLiveFeed } from '../useLiveFeed';
import { FeedLine } from './FeedLine';
import '../projects.css';

/** A council's activity feed; new updates and comments appear as they happen. */
export function FeedPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const member = council.myRole !== null;
  const { items, error, isPending, reload } = useLiveFeed(council.id, member);
  let content;
  if (!member) content = <Notice>{t('feed.membersOnly')}</Notice>;
  else if (isPending) content = <LoadingState />;
  else if (error) content = <ErrorState error={error} onRetry={reload} />;
  else if (items.length === 0) content = <EmptyState text={t('feed.empty')} />;
  else
    content = (
      <ol
        className="feed"
        aria-label={t('feed.listLabel')}
        aria-live="polite"
        aria-relevant="additions"
      >
        {items.map((item) => (
          <FeedLine key={item.id} item={item} />
        ))}
      </ol>
    );
  return (
    <Page title={t('feed.title')} intro={t('feed.intro')}>
      {content}
    </Page>
  );
}
