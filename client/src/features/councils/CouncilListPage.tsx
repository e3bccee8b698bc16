import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { CouncilSection } from './CouncilSection';
import { councilsQuery } from './queries';

/** The start page: the user's own councils first, then all others. */
export function CouncilListPage() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery(councilsQuery);

  let content;
  if (isPending) {
    content = <LoadingState />;
  } else if (error) {
    content = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else {
    const mine = data.items.filter((council) => council.myRole !== null);
    const others = data.items.filter((council) => council.myRole === null);
    content = (
      <>
        <CouncilSection
          title={t('councils.mine')}
          emptyText={t('councils.mineEmpty')}
          councils={mine}
        />
        <CouncilSection
          title={t('councils.others')}
          emptyText={t('councils.othersEmpty')}
          councils={others}
        />
      </>
    );
  }

  return (
    <Page title={t('councils.title')} intro={t('councils.intro')}>
      {content}
    </Page>
  );
}
