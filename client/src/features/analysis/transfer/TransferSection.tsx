import { endpoints, type FieldError, type Transfer } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { ApiRequestError, api, errorKey } from '../../../lib/api';
import { Select, TextArea, TextField } from '../../../ui/form/Field';
import { exchangePaths } from '../../exchange/paths';
import { recommendationsQuery } from '../recommendations/queries';
import { transferKey, transferQuery } from './queries';

const fieldError = (error: unknown, path: string) =>
  error instanceof ApiRequestError
    ? error.fields.find((f: FieldError) => f.path === path)?.message
    : undefined;

/** The team plans the transfer workshop: a council meeting with the report attached. */
function WorkshopForm({ analysisId }: { analysisId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [startsAt, setStartsAt] = useState('');
  const [location, setLocation] = useState('');
  const create = useMutation({
    mutationFn: () =>
      api(endpoints.analysisTransfer.workshop, {
        params: { id: analysisId },
        body: { startsAt: new Date(startsAt).toISOString(), location },
      }),
    onSuccess: (next) => queryClient.setQueryData(transferKey(analysisId), next),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!create.isPending && startsAt) create.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="form">
      <h3 id={`${id}-title`}>{t('analysisTransfer.workshop.create')}</h3>
      <TextField
        id={`${id}-starts`}
        label={t('analysisTransfer.workshop.startsAt')}
        type="datetime-local"
        required
        value={startsAt}
        onValueChange={setStartsAt}
      />
      <TextField
        id={`${id}-location`}
        label={t('analysisTransfer.workshop.location')}
        value={location}
        onValueChange={setLocation}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={create.isPending}>
          {t('analysisTransfer.workshop.submit')}
        </button>
      </div>
      {create.error ? (
        <p role="alert" className="form__alert">
          {t(errorKey(create.error))}
        </p>
      ) : null}
    </form>
  );
}

const FIELDS = ['title', 'summary', 'whatWasDone', 'whatWorked', 'whatDidNotWork'] as const;

/** The experience report prefilled from the analysis, edited, then published in the exchange. */
function PublishForm({ transfer }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(transfer.draft);
  const [visibility, setVisibility] = useState<'network' | 'public'>('network');
  const publish = useMutation({
    mutationFn: () =>
      api(endpoints.analysisTransfer.publish, {
        params: { id: transfer.analysisId },
        body: { ...draft, visibility },
      }),
    onSuccess: (next) => queryClient.setQueryData(transferKey(transfer.analysisId), next),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!publish.isPending) publish.mutate();
  };
  const fieldErrors = FIELDS.filter((field) => fieldError(publish.error, `body.${field}`));
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="form">
      <h3 id={`${id}-title`}>{t('analysisTransfer.publish.title')}</h3>
      <p className="results-note">{t('analysisTransfer.publish.intro')}</p>
      {FIELDS.map((field) => {
        const error = fieldError(publish.error, `body.${field}`);
        const text = {
          id: `${id}-${field}`,
          label: t(`analysisTransfer.publish.${field === 'title' ? 'titleField' : field}`),
          error: error ? t('analysisTransfer.publish.invalid', { message: error }) : undefined,
          value: draft[field],
          onValueChange: (value: string) => setDraft((current) => ({ ...current, [field]: value })),
        };
        return field === 'title' ? (
          <TextField key={field} {...text} required />
        ) : (
          <TextArea key={field} {...text} rows={field === 'summary' ? 3 : 6} />
        );
      })}
      <Select<'network' | 'public'>
        id={`${id}-visibility`}
        label={t('analysisTransfer.publish.visibility')}
        value={visibility}
        options={[
          { value: 'network', label: t('analysisTransfer.publish.network') },
          { value: 'public', label: t('analysisTransfer.publish.public') },
        ]}
        onChange={(event) => setVisibility(event.target.value as 'network' | 'public')}
      />
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={publish.isPending}>
          {t('analysisTransfer.publish.submit')}
        </button>
      </div>
      {publish.error && fieldErrors.length === 0 ? (
        <p role="alert" className="form__alert">
          {t(errorKey(publish.error))}
        </p>
      ) : null}
    </form>
  );
}

/**
 * The chain after the results: recommendations decided, the transfer workshop, and the
 * experience report the finished chain is published as.
 */
export function TransferSection({ analysisId }: { analysisId: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const recommendations = useQuery(recommendationsQuery(analysisId));
  const { data, error, refetch } = useQuery(transferQuery(analysisId));
  // A decision on the recommendations changes the chain: read it again.
  const decided = recommendations.dataUpdatedAt;
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: transferKey(analysisId) });
  }, [decided, analysisId, queryClient]);
  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysisTransfer.title')}</h2>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <>
          <p data-testid="transfer-state">
            {t('analysisTransfer.decisions', data.recommendations)}{' '}
            <strong>
              {t(data.finished ? 'analysisTransfer.finished' : 'analysisTransfer.unfinished')}
            </strong>
          </p>
          {data.gaps.length > 0 ? (
            <ul>
              {data.gaps.map((gap) => (
                <li key={gap}>{t(`analysisTransfer.gap.${gap}`)}</li>
              ))}
            </ul>
          ) : null}
          {data.workshop ? (
            <p data-testid="transfer-workshop">
              {t('analysisTransfer.workshop.planned', {
                when: new Date(data.workshop.startsAt).toLocaleString(i18n.language, {
                  dateStyle: 'long',
                  timeStyle: 'short',
                }),
              })}{' '}
              <Link to={exchangePaths.meeting(data.workshop.meetingId)}>{data.workshop.title}</Link>
            </p>
          ) : data.permissions.manage ? (
            <WorkshopForm analysisId={analysisId} />
          ) : (
            <p>{t('analysisTransfer.workshop.none')}</p>
          )}
          {data.report ? (
            <p data-testid="transfer-report">
              {t('analysisTransfer.publish.done')}{' '}
              <Link to={exchangePaths.report(data.report.reportId)}>{data.report.title}</Link>
            </p>
          ) : data.finished && data.permissions.manage ? (
            <PublishForm transfer={data} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
