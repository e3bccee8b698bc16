import { endpoints, type SurveyJson } from '@pnetz/shared';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Model } from 'survey-core';
import 'survey-core/i18n/german';
import 'survey-core/survey-core.fontless.min.css';
import { Survey } from 'survey-react-ui';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { api, type ApiRequestError } from '../../lib/api';
import { trainingErrorKey } from './format';
import { feedbackFormQuery } from './queries';

/**
 * The anonymous feedback questionnaire of the offer, as its organiser built it with the survey
 * instrument's editor, rendered by SurveyJS. The server checks the answers again.
 */
export function FeedbackForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const query = useQuery(feedbackFormQuery(token));
  return (
    <section className="section" aria-labelledby="t-feedback">
      <h2 id="t-feedback" className="section__title">
        {t('training.feedback.title')}
      </h2>
      <p className="x-hint">{t('training.feedback.anonymous')}</p>
      {query.isPending ? <LoadingState /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <Form json={query.data.json} token={token} onDone={onDone} /> : null}
    </section>
  );
}

function Form({ json, token, onDone }: { json: SurveyJson; token: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const send = useMutation({
    mutationFn: (answers: Record<string, unknown>) =>
      api(endpoints.training.feedback, { params: { token }, body: { answers } }),
    onSuccess: onDone,
    // Back to the filled-in form, so the answers can be corrected and sent again.
    onError: () => model.clear(false, true),
  });
  const model = useMemo(() => {
    const survey = new Model(json);
    survey.locale = i18n.language === 'en' ? 'en' : 'de';
    survey.showQuestionNumbers = 'off';
    survey.completeText = t('training.feedback.send');
    survey.showCompletePage = false;
    survey.onComplete.add((sender) => send.mutate(sender.data as Record<string, unknown>));
    return survey;
    // The model is built once per questionnaire and language; `send` is stable enough for its
    // callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [json, i18n.language]);
  const problems = (send.error as ApiRequestError | null)?.fields ?? [];
  return (
    <>
      <Survey model={model} />
      {send.error ? (
        <div className="form__alert" role="alert">
          <p>{t(trainingErrorKey(send.error))}</p>
          {problems.length > 0 ? (
            <ul>
              {problems.map((field) => (
                <li key={field.path}>{field.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
