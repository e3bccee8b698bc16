import {
  endpoints,
  type FieldError,
  type IndicatorChange,
  type Plan,
  type Recommendation,
  type RecommendationMeasure,
} from '@pnetz/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiRequestError, api, errorKey } from '../../../lib/api';
import { Select, TextArea, TextField } from '../../../ui/form/Field';
import { planPaths } from '../../plans/paths';
import { findingSubject, findingText } from './findings-text';
import { figure, recommendationsKey, signedDifference } from './queries';

const fieldError = (error: unknown, path: string) =>
  error instanceof ApiRequestError
    ? error.fields.find((f: FieldError) => f.path === path)?.message
    : undefined;

/** A number as typed, with a German comma or a point; null when it is not one. */
const typedNumber = (text: string): number | null => {
  const value = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : null;
};

/** The indicator in the later wave: the change, or why there is none to show. */
export function ChangeLine({
  change,
  measure,
  unit,
}: {
  change: IndicatorChange;
  measure: RecommendationMeasure;
  unit: 'share' | 'mean';
}) {
  const { t, i18n } = useTranslation();
  const show = (value: number) => figure(unit, value, i18n.language);
  if (change.state === 'none')
    return <p className="results-note">{t('recommendations.change.none')}</p>;
  if (change.state === 'unmapped')
    return (
      <p data-testid="indicator-change">
        {t('recommendations.change.unmapped', { wave: change.analysisTitle })}{' '}
        {t(`recommendations.change.reason.${change.reason}`)}
      </p>
    );
  return (
    <p data-testid="indicator-change">
      {t('recommendations.change.compared', {
        wave: change.analysisTitle,
        value: show(change.value),
        low: show(change.interval.low),
        high: show(change.interval.high),
        baseline: show(measure.baseline.value),
        difference: signedDifference(unit, change.difference, i18n.language),
        unit: t(`recommendations.change.unit.${unit}`),
      })}{' '}
      <strong>
        {t(change.changed ? 'recommendations.change.changed' : 'recommendations.change.unchanged')}
      </strong>
    </p>
  );
}

/** Accept (the recommendation becomes a measure with a target) or decline (with a reason). */
function DecisionForms({
  recommendation,
  plans,
}: {
  recommendation: Recommendation;
  plans: Plan[];
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  const [findingId, setFindingId] = useState(recommendation.findings[0]?.id ?? '');
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const finding = recommendation.findings.find((f) => f.id === findingId);
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: recommendationsKey(recommendation.analysisId) });
  const accept = useMutation({
    mutationFn: () => {
      const typed = typedNumber(target);
      const value =
        typed === null ? Number.NaN : finding?.measure === 'share' ? typed / 100 : typed;
      return api(endpoints.recommendations.accept, {
        params: { id: recommendation.id },
        body: { planId, findingId, target: value, fieldOfAction: null },
      });
    },
    onSuccess: refresh,
  });
  const decline = useMutation({
    mutationFn: () =>
      api(endpoints.recommendations.decline, {
        params: { id: recommendation.id },
        body: { reason },
      }),
    onSuccess: refresh,
  });
  const submitAccept = (event: FormEvent) => {
    event.preventDefault();
    if (!accept.isPending) accept.mutate();
  };
  const submitDecline = (event: FormEvent) => {
    event.preventDefault();
    if (!decline.isPending) decline.mutate();
  };
  const targetError = fieldError(accept.error, 'body.target');
  const reasonError = fieldError(decline.error, 'body.reason');
  return (
    <div className="recommendation__decide">
      <form onSubmit={submitAccept} aria-labelledby={`${id}-accept`}>
        <h4 id={`${id}-accept`}>{t('recommendations.accept.title')}</h4>
        {plans.length === 0 ? (
          <p>{t('recommendations.accept.noPlan')}</p>
        ) : (
          <>
            <Select
              id={`${id}-plan`}
              label={t('recommendations.accept.plan')}
              value={planId}
              options={plans.map((plan) => ({ value: plan.id, label: plan.title }))}
              onValueChange={setPlanId}
            />
            <Select
              id={`${id}-finding`}
              label={t('recommendations.accept.indicator')}
              value={findingId}
              options={recommendation.findings.map((f) => ({
                value: f.id,
                label: findingSubject(t, f, i18n.language),
              }))}
              onValueChange={setFindingId}
            />
            <TextField
              id={`${id}-target`}
              label={t(
                finding?.measure === 'mean'
                  ? 'recommendations.accept.targetMean'
                  : 'recommendations.accept.targetShare',
              )}
              inputMode="decimal"
              required
              value={target}
              error={targetError ? t('recommendations.accept.targetInvalid') : undefined}
              onValueChange={setTarget}
            />
            <div className="form__actions">
              <button type="submit" className="button" aria-disabled={accept.isPending}>
                {t('recommendations.accept.submit')}
              </button>
            </div>
            {accept.error && !targetError ? (
              <p role="alert" className="form__alert">
                {t(errorKey(accept.error))}
              </p>
            ) : null}
          </>
        )}
      </form>
      <form onSubmit={submitDecline} aria-labelledby={`${id}-decline`}>
        <h4 id={`${id}-decline`}>{t('recommendations.decline.title')}</h4>
        <TextArea
          id={`${id}-reason`}
          label={t('recommendations.decline.reason')}
          required
          rows={2}
          value={reason}
          error={reasonError ? t('recommendations.decline.reasonMissing') : undefined}
          onValueChange={setReason}
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--secondary"
            aria-disabled={decline.isPending}
          >
            {t('recommendations.decline.submit')}
          </button>
        </div>
        {decline.error && !reasonError ? (
          <p role="alert" className="form__alert">
            {t(errorKey(decline.error))}
          </p>
        ) : null}
      </form>
    </div>
  );
}

/** One recommendation: its text, its findings, and its decision or the forms to make it. */
export function RecommendationItem({
  recommendation,
  manage,
  plans,
}: {
  recommendation: Recommendation;
  manage: boolean;
  plans: Plan[];
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { measure } = recommendation;
  const indicator = measure && recommendation.findings.find((f) => f.id === measure.findingId);
  const show = (value: number) => figure(indicator?.measure ?? 'share', value, i18n.language);
  return (
    <article
      className="recommendation"
      aria-labelledby={`${id}-title`}
      data-testid={`recommendation-${recommendation.id}`}
    >
      <h3 id={`${id}-title`}>{recommendation.title}</h3>
      <p className="results-note">{t(`recommendations.status.${recommendation.status}`)}</p>
      {recommendation.text ? <p>{recommendation.text}</p> : null}
      <h4>{t('recommendations.findings')}</h4>
      <ul>
        {recommendation.findings.map((finding) => (
          <li key={finding.id}>{findingText(t, finding, i18n.language)}</li>
        ))}
      </ul>
      {measure && indicator ? (
        <div data-testid="recommendation-measure">
          <p>
            {t('recommendations.measure.inPlan')}{' '}
            <Link to={planPaths.plan(measure.planId)}>{measure.planTitle}</Link>
            {'. '}
            {t('recommendations.measure.baseline', {
              value: show(measure.baseline.value),
              low: show(measure.baseline.interval.low),
              high: show(measure.baseline.interval.high),
              target: show(measure.target),
            })}
          </p>
          <ChangeLine change={measure.change} measure={measure} unit={indicator.measure} />
        </div>
      ) : null}
      {recommendation.status === 'declined' ? (
        <p>{t('recommendations.declinedBecause', { reason: recommendation.declineReason })}</p>
      ) : null}
      {manage && recommendation.status === 'open' ? (
        <DecisionForms recommendation={recommendation} plans={plans} />
      ) : null}
    </article>
  );
}
