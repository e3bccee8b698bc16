import { RESULTS_LIMITS, endpoints, type Results } from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorKey, isApiError } from '../../../lib/api';
import { Checkbox, TextField } from '../../../ui/form/Field';
import { ANALYSIS_KEY } from '../manage/queries';
import { decimal } from './format';

/** What a refused run names: a margin category that cannot be met, or the cap. */
function useRefusal(error: unknown): string | null {
  const { t } = useTranslation();
  if (!error) return null;
  if (isApiError(error, 'conflict')) {
    if (error.fields.some((field) => field.path === 'body.cap'))
      return t('analysis.results.weighting.capFailed');
    const path = error.fields[0]?.path ?? '';
    const [, variable, ...category] = path.split('.');
    if (path.startsWith('margins.') && variable)
      return t('analysis.results.weighting.marginFailed', {
        variable: t(`analysis.stratum.${variable}`, { defaultValue: variable }),
        category: category.join('.'),
      });
    return t('analysis.results.weighting.noData');
  }
  return t(errorKey(error));
}

/** The newest weighting run's figures, and (for the team) the cap control that recomputes. */
export function WeightingSection({ results }: { results: Results }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const run = results.run;
  const [cap, setCap] = useState(String(run?.cap ?? RESULTS_LIMITS.defaultCap));
  const [trim, setTrim] = useState(run ? run.cap !== null : true);
  const weigh = useMutation({
    mutationFn: (body: { cap: number | null }) =>
      api(endpoints.results.weigh, { params: { id: results.analysisId }, body }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [ANALYSIS_KEY, results.analysisId] }),
  });
  const refusal = useRefusal(weigh.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!weigh.isPending) weigh.mutate({ cap: trim ? Number(cap.replace(',', '.')) : null });
  };

  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('analysis.results.weighting.title')}</h2>
      <p>{t('analysis.results.weighting.intro')}</p>
      {run ? (
        <dl className="analysis-figures" data-testid="weighting-run">
          <div>
            <dt>{t('analysis.results.weighting.deff')}</dt>
            <dd data-testid="deff">{decimal(run.deff, i18n.language, 3)}</dd>
          </div>
          <div>
            <dt>{t('analysis.results.weighting.nEff')}</dt>
            <dd data-testid="n-eff">{decimal(run.nEff, i18n.language, 1)}</dd>
          </div>
          <div>
            <dt>{t('analysis.results.weighting.weighted')}</dt>
            <dd>{run.weighted}</dd>
          </div>
          <div>
            <dt>{t('analysis.results.weighting.cap')}</dt>
            <dd>
              {run.cap === null
                ? t('analysis.results.weighting.noCap')
                : decimal(run.cap, i18n.language, 1)}
            </dd>
          </div>
          <div>
            <dt>{t('analysis.results.weighting.trimmed')}</dt>
            <dd>{run.trimmed}</dd>
          </div>
          <div>
            <dt>{t('analysis.results.weighting.iterations')}</dt>
            <dd>{run.iterations}</dd>
          </div>
        </dl>
      ) : (
        <p role="status">{t('analysis.results.weighting.none')}</p>
      )}
      {run ? (
        <p className="results-note">
          {t('analysis.results.weighting.madeBy', {
            date: new Date(run.createdAt).toLocaleString(i18n.language),
            name: run.startedBy.former ? t('people.former') : run.startedBy.name,
          })}
        </p>
      ) : null}
      {run?.newResponses ? (
        <p role="status">{t('analysis.results.weighting.stale', { count: run.newResponses })}</p>
      ) : null}
      {results.permissions.manage ? (
        <form className="analysis-row results-cap" onSubmit={submit} noValidate>
          <Checkbox
            id={`${id}-trim`}
            fieldClassName="field analysis-owner"
            label={t('analysis.results.weighting.trim')}
            checked={trim}
            onCheckedChange={setTrim}
          />
          <TextField
            id={`${id}-cap`}
            label={t('analysis.results.weighting.capLabel')}
            hint={t('analysis.results.weighting.capHint', {
              min: RESULTS_LIMITS.capMin,
              max: RESULTS_LIMITS.capMax,
            })}
            type="number"
            inputMode="decimal"
            step={0.1}
            min={RESULTS_LIMITS.capMin}
            max={RESULTS_LIMITS.capMax}
            disabled={!trim}
            value={cap}
            onValueChange={setCap}
          />
          <div className="form__actions">
            <button type="submit" className="button" aria-disabled={weigh.isPending}>
              {weigh.isPending
                ? t('analysis.results.weighting.running')
                : t('analysis.results.weighting.run')}
            </button>
          </div>
        </form>
      ) : null}
      {refusal ? (
        <p className="form__alert" role="alert">
          {refusal}
        </p>
      ) : null}
    </section>
  );
}
