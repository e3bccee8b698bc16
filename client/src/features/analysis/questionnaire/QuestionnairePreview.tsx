import type { SurveyJson, SurveyLanguage } from '@pnetz/shared';
import { RTL_LANGUAGES } from '@pnetz/shared';
import { useEffect, useMemo } from 'react';
import { Model, Survey } from '../surveyjs';

function showIn(survey: Model, language: SurveyLanguage): void {
  survey.locale = language;
}

/** The questionnaire as respondents will see it, rendered by SurveyJS; answers go nowhere. */
export function QuestionnairePreview({
  json,
  language,
}: {
  json: SurveyJson;
  language: SurveyLanguage;
}) {
  const model = useMemo(() => {
    const survey = new Model(json);
    survey.showCompletePage = false;
    return survey;
  }, [json]);
  useEffect(() => showIn(model, language), [model, language]);
  return (
    <div
      className="qe-preview"
      dir={RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr'}
      lang={language}
    >
      <Survey model={model} />
    </div>
  );
}
