import { FIELDS_OF_ACTION, FieldOfActionSchema, type FieldOfAction } from '@pnetz/shared';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { Select } from '../../../ui/form/Field';
import { councilsQuery } from '../../councils/queries';
import { ExchangeNav } from '../ExchangeNav';
import { exchangePaths } from '../paths';
import { matchingQuery } from '../queries';
import { ReasonList } from './ReasonList';
import '../exchange.css';

function Suggestions({ workspaceId, field }: { workspaceId: string; field: FieldOfAction | null }) {
  const { t } = useTranslation();
  const query = useQuery(matchingQuery(workspaceId, field));
  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { subject, councils, reports } = query.data;
  return (
    <>
      <p className="x-muted">
        {subject.fieldsOfAction.length > 0
          ? t('matching.basedOn', {
              fields: subject.fieldsOfAction.map((f) => t(`vocab.field.${f}`)).join(', '),
            })
          : t('matching.noFields')}
      </p>
      <section className="section" aria-labelledby="matching-councils">
        <h2 id="matching-councils" className="section__title">
          {t('matching.councils')}
        </h2>
        {councils.length === 0 ? <EmptyState text={t('matching.noCouncils')} /> : null}
        <ul className="card-list">
          {councils.map(({ council, reasons }) => (
            <li key={council.id}>
              <article className="card x-card">
                <h3 className="card__title">
                  <Link to={exchangePaths.council(council.id)}>{council.name}</Link>
                </h3>
                <p className="x-muted">{council.district}</p>
                <ReasonList reasons={reasons} />
              </article>
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="matching-reports">
        <h2 id="matching-reports" className="section__title">
          {t('matching.reports')}
        </h2>
        {reports.length === 0 ? <EmptyState text={t('matching.noReports')} /> : null}
        <ul className="card-list">
          {reports.map(({ report, reasons }) => (
            <li key={report.id}>
              <article className="card x-card">
                <h3 className="card__title">
                  <Link to={exchangePaths.report(report.id)}>{report.title}</Link>
                </h3>
                <p className="x-muted">{report.council.name}</p>
                <ReasonList reasons={reasons} />
              </article>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** `/austausch/empfehlungen`: councils and reports a council could learn from, and why. */
export function MatchingPage() {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useSearchParams();
  const councils = useQuery(councilsQuery);
  const [field, setField] = useState<FieldOfAction | null>(null);
  const all = councils.data?.items ?? [];
  const own = all.filter((c) => c.myRole !== null);
  const choices = own.length > 0 ? own : all;
  const requested = search.get('rat');
  const workspaceId = choices.some((c) => c.id === requested) ? requested! : (choices[0]?.id ?? '');

  return (
    <Page title={t('matching.title')} intro={t('matching.intro')}>
      <ExchangeNav />
      {councils.isPending ? <LoadingState /> : null}
      <div className="x-row x-filters">
        <Select
          id={`${id}-council`}
          label={t('matching.council')}
          value={workspaceId}
          options={choices.map((council) => ({ value: council.id, label: council.name }))}
          onValueChange={(value) => setSearch({ rat: value })}
        />
        <Select
          id={`${id}-field`}
          label={t('matching.field')}
          value={field ?? ''}
          empty={t('matching.allFields')}
          options={FIELDS_OF_ACTION.map((option) => ({
            value: option,
            label: t(`vocab.field.${option}`),
          }))}
          onValueChange={(value) => setField(FieldOfActionSchema.safeParse(value).data ?? null)}
        />
      </div>
      {workspaceId ? <Suggestions workspaceId={workspaceId} field={field} /> : null}
    </Page>
  );
}
