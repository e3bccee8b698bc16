import type { SurveyJson } from '@pnetz/shared';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Model, Survey } from '../surveyjs';

function prepare(
  survey: Model,
  completeText: string,
  onDone: (answers: Record<string, unknown>) => void,
) {
  // A sheet is typed in one go: every question on one page, nothing required (paper allows blanks).
  survey.questionsOnPageMode = 'singlePage';
  survey.showCompletePage = false;
  survey.completeText = completeText;
  survey.getAllQuestions().forEach((question) => {
    question.isRequired = false;
  });
  const handler = (sender: Model) => onDone(sender.data as Record<string, unknown>);
  survey.onComplete.add(handler);
  return () => survey.onComplete.remove(handler);
}

/** The questionnaire as one long form, to type a paper sheet. */
export function SheetForm({
  json,
  onDone,
}: {
  json: SurveyJson;
  onDone: (answers: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation();
  const model = useMemo(() => new Model(json), [json]);
  useEffect(() => prepare(model, t('survey.paper.saveSheet'), onDone), [model, onDone, t]);
  return <Survey model={model} />;
}
