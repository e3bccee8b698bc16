import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { MunicipalityRecords } from '../municipality/MunicipalityRecords';
import { mineQuery } from '../queries';

/** What a council member sees: the programme status of their own council's municipality, nothing of others. */
export function OwnStatusView() {
  const { t } = useTranslation();
  const query = useQuery(mineQuery);
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0)
    return <EmptyState title={t('programme.own.emptyTitle')} text={t('programme.own.emptyText')} />;
  return (
    <>
      {query.data.items.map((detail) => (
        <section
          key={detail.municipality.id}
          className="section programme-own"
          aria-labelledby={`own-${detail.municipality.id}`}
        >
          <h2 id={`own-${detail.municipality.id}`}>
            {t('programme.own.heading', { name: detail.municipality.name })}
          </h2>
          <MunicipalityRecords detail={detail} headingLevel={3} />
        </section>
      ))}
    </>
  );
}
