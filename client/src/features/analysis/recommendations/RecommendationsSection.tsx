import { endpoints, type FieldError, type FindingRef, type Results } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, api, errorKey } from '../../../lib/api';
import { planListQuery } from '../../plans/queries';
import { labelIn } from '../results/format';
import { RecommendationItem } from './RecommendationItem';
import { recommendationsKey, recommendationsQuery } from './queries';
import { Select, TextArea, TextField } from '../../../ui/form/Field';
import './recommendations.css';

const MEAN = '__mean__';

/** The findings one can cite: each answer's share, and the mean where the question has one. */
function citable(results: Results, language: string) {
  return results.questions.flatMap((question) => {
    const cell = question.overall;
    if (cell.suppressed) return [];
    const title = labelIn(question.title, language);
    const shares = cell.options.map((option) => ({
      key: `${question.name}:${option.value}`,
      ref: { question: question.name, option: option.value } as FindingRef,
      label: `${title}: ${labelIn(option.label, language)}`,
    }));
    return cell.mean
      ? [
          ...shares,
          {
            key: `${question.name}:${MEAN}`,
            ref: { question: question.name, option: null },
            label: title,
          },
        ]
      : shares;
  });
}

/** The team writes a recommendation citing findings picked from the weighted results. */
function NewRecommendation({ results }: { results: Results }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const options = citable(results, i18n.language);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [picked, setPicked] = useState(options[0]?.key ?? '');
  const [cited, setCited] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () =>
      api(endpoints.recommendations.create, {
        params: { id: results.analysisId },
        body: {
          title,
          text,
          findings: cited.flatMap((key) => options.find((o) => o.key === key)?.ref ?? []),
        },
      }),
    onSuccess: async () => {
      setTitle('');
      setText('');
      setCited([]);
      await queryClient.invalidateQueries({ queryKey: recommendationsKey(results.analysisId) });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!create.isPending) create.mutate();
  };
  const fieldError = (path: string) =>
    create.error instanceof ApiRequestError
      ? create.error.fields.find(
          (f: FieldError) => f.path === path || f.path.startsWith(`${path}.`),
        )
      : undefined;
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="recommendation-form">
      <h3 id={`${id}-title`}>{t('recommendations.new.title')}</h3>
      <TextField
        id={`${id}-name`}
        label={t('recommendations.new.name')}
        required
        value={title}
        aria-invalid={fieldError('body.title') ? true : undefined}
        onValueChange={setTitle}
      />
      <TextArea
        id={`${id}-text`}
        label={t('recommendations.new.text')}
        rows={3}
        value={text}
        onValueChange={setText}
      />
      <fieldset>
        <legend>{t('recommendations.new.findings')}</legend>
        <Select
          id={`${id}-finding`}
          label={t('recommendations.new.finding')}
          options={options.map((option) => ({ value: option.key, label: option.label }))}
          value={picked}
          onValueChange={setPicked}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setCited((list) => (list.includes(picked) ? list : [...list, picked]))}
        >
          {t('recommendations.new.cite')}
        </button>
        {cited.length === 0 ? (
          <p className="results-note">{t('recommendations.new.noFindings')}</p>
        ) : (
          <ul aria-label={t('recommendations.new.cited')}>
            {cited.map((key) => (
              <li key={key}>
                {options.find((o) => o.key === key)?.label ?? key}{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => setCited((list) => list.filter((k) => k !== key))}
                >
                  {t('recommendations.new.remove', {
                    finding: options.find((o) => o.key === key)?.label ?? key,
                  })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={create.isPending}>
          {t('recommendations.new.submit')}
        </button>
      </div>
      {create.error ? (
        <p role="alert" className="form__alert">
          {fieldError('body.findings')
            ? t('recommendations.new.findingsMissing')
            : t(errorKey(create.error))}
        </p>
      ) : null}
    </form>
  );
}

/**
 * The recommendations of the analysis on its results page: each cites findings of the weighted
 * results; the team accepts one into the council's action plan or declines it with a reason.
 */
export function RecommendationsSection({
  results,
  councilId,
}: {
  results: Results;
  councilId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const list = useQuery(recommendationsQuery(results.analysisId));
  const manage = list.data?.permissions.manage ?? false;
  const plans = useQuery({ ...planListQuery(councilId, false), enabled: manage });
  const actionPlans = (plans.data?.items ?? []).filter(
    (plan) => plan.kind === 'action_plan' && plan.access === 'write',
  );
  return (
    <section className="analysis-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('recommendations.title')}</h2>
      <p>{t('recommendations.intro')}</p>
      {list.error ? (
        <p role="alert" className="form__alert">
          {t(errorKey(list.error))}
        </p>
      ) : null}
      {list.data && list.data.items.length === 0 ? <p>{t('recommendations.empty')}</p> : null}
      {list.data?.items.map((recommendation) => (
        <RecommendationItem
          key={recommendation.id}
          recommendation={recommendation}
          manage={manage}
          plans={actionPlans}
        />
      ))}
      {manage ? <NewRecommendation results={results} /> : null}
    </section>
  );
}
