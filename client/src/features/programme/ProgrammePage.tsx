import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { Page } from '../../components/Page';

/** Programme overview (ASSKomm figures): no data is recorded yet, and the page says so plainly. */
export function ProgrammePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('programme.title')}>
      <EmptyState title={t('programme.emptyTitle')} text={t('programme.emptyText')} />
    </Page>
  );
}
