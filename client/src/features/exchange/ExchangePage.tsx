import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** Cross-regional exchange: nothing exists yet, and the page says so plainly. */
export function ExchangePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('exchange.title')}>
      <EmptyState title={t('exchange.emptyTitle')} text={t('exchange.emptyText')} />
    </Page>
  );
}
