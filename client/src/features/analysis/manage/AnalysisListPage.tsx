import { endpoints } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { api, errorKey } from '../../../lib/api';
import { useCouncil } from '../../councils/useCouncil';
import { ANALYSIS_KEY, analysesQuery, analysisPaths } from './queries';
import { TextField } from '../../../ui/form/Field';
import './analysis.css';

/** `/raete/:workspaceId/sicherheitsanalyse`: the council's security analyses. */
export function AnalysisListPage() {
  const { t } = useTranslation();
  const council = useCouncil();
  const id = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const { data, error, isPending, refetch } = useQuery(analysesQuery(council.id));
  const create = useMutation({
    mutationFn: () =>
      api(endpoints.analysis.create, { params: { workspaceId: council.id }, body: { title } }),
    onSuccess: async (analysis) => {
      await queryClient.invalidateQueries({ queryKey: [ANALYSIS_KEY] });
      void navigate(analysisPaths.detail(council.id, analysis.id));
    },
  });

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending) return <LoadingState />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim()) create.mutate();
  };
  return (
    <Page title={t('analysis.list.title')} intro={t('analysis.list.intro')}>
      {data.items.length === 0 ? (
        <EmptyState text={t('analysis.list.empty')} />
      ) : (
        <ul className="card-list">
          {data.items.map((analysis) => (
            <li key={analysis.id} className="card">
              <Link className="card__title" to={analysisPaths.detail(council.id, analysis.id)}>
                {analysis.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {data.canCreate ? (
        <form className="form analysis-section" onSubmit={submit} noValidate>
          <h2>{t('analysis.list.create')}</h2>
          {create.error ? (
            <p className="form__alert" role="alert">
              {t(errorKey(create.error))}
            </p>
          ) : null}
          <TextField
            id={`${id}-title`}
            label={t('analysis.list.titleLabel')}
            value={title}
            maxLength={160}
            onValueChange={setTitle}
          />
          <div className="form__actions">
            <button type="submit" className="button" aria-disabled={create.isPending}>
              {t('analysis.list.start')}
            </button>
          </div>
        </form>
      ) : null}
    </Page>
  );
}
