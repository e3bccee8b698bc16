import { endpoints, FeedbackBodySchema } from '@pnetz/shared';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Model } from 'survey-core';
import 'survey-core/i18n/german';
import 'survey-core/survey-core.fontless.min.css';
import { Survey } from 'survey-react-ui';
import { api } from '../../lib/api';
import type { FeedbackQuestion } from './feedback-questions';
import { trainingErrorKey } from './format';

/**
 * The short anonymous feedback questionnaire, as SurveyJS JSON rendered by survey-react-ui (the
 * survey instrument's renderer, so its editor can take it over). The question names are the
 * fields of the contract's `FeedbackBodySchema`, which the server checks again.
 */
export function feedbackSurvey(t: TFunction) {
  const scale = (name: FeedbackQuestion) => ({
    type: 'rating',
    name,
    title: t(`training.feedback.q.${name}`),
    isRequired: true,
    rateMin: 1,
    rateMax: 5,
    // Buttons also on phones (the default turns into a drop-down on narrow screens).
    displayMode: 'buttons',
    minRateDescription: t('training.feedback.low'),
    maxRateDescription: t('training.feedback.high'),
  });
  return {
    showQuestionNumbers: 'off',
    completeText: t('training.feedback.send'),
    elements: [
      scale('overall'),
      scale('relevance'),
      scale('organisation'),
      {
        type: 'radiogroup',
        name: 'recommend',
        title: t('training.feedback.q.recommend'),
        choices: [
          { value: 'yes', text: t('training.feedback.yes') },
          { value: 'no', text: t('training.feedback.no') },
        ],
      },
      {
        type: 'comment',
        name: 'comment',
        title: t('training.feedback.q.comment'),
        maxLength: 1000,
      },
    ],
  };
}

export function FeedbackForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const send = useMutation({
    mutationFn: (body: unknown) =>
      api(endpoints.training.feedback, { params: { token }, body: FeedbackBodySchema.parse(body) }),
    onSuccess: onDone,
  });
  const model = useMemo(() => {
    const survey = new Model(feedbackSurvey(t));
    survey.locale = i18n.language === 'en' ? 'en' : 'de';
    survey.onComplete.add((sender) => send.mutate(sender.data));
    return survey;
    // The model is built once per language; `send` is stable enough for its callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n.language]);
  return (
    <section className="section" aria-labelledby="t-feedback">
      <h2 id="t-feedback" className="section__title">
        {t('training.feedback.title')}
      </h2>
      <p className="x-hint">{t('training.feedback.anonymous')}</p>
      <Survey model={model} />
      {send.error ? (
        <p className="form__alert" role="alert">
          {t(trainingErrorKey(send.error))}
        </p>
      ) : null}
    </section>
  );
}
