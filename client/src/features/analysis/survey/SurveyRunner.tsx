import { RTL_LANGUAGES, endpoints, type SurveyLanguage, type SurveySession } from '@pnetz/shared';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorKey } from '../../../lib/api';
import { Model, Survey } from '../surveyjs';
import { LANGUAGE_NAMES } from './languages';

interface SurveyRunnerProps {
  code: string;
  session: SurveySession;
  language: SurveyLanguage;
  onLanguage: (language: SurveyLanguage) => void;
  onSubmitted: () => void;
}

/** SurveyJS switches every text of the questionnaire and its own buttons to the locale. */
/** SurveyJS keeps the answers as `any`; they are a plain object keyed by question name. */
function answersOf(survey: Model): Record<string, unknown> {
  return survey.data as Record<string, unknown>;
}

function showIn(survey: Model, language: SurveyLanguage): void {
  survey.locale = language;
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** The questionnaire rendered by SurveyJS, with the language chooser and save-and-resume. */
export function SurveyRunner({
  code,
  session,
  language,
  onLanguage,
  onSubmitted,
}: SurveyRunnerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [resume, setResume] = useState(session.draft);

  // A failed submission starts a fresh model from the answers so far (`resume`).
  const model = useMemo(() => {
    const survey = new Model(session.questionnaire);
    survey.showCompletePage = false;
    survey.questionErrorLocation = 'bottom';
    if (resume) {
      survey.data = resume.answers;
      survey.currentPageNo = Math.min(resume.page, survey.visiblePages.length - 1);
    }
    return survey;
  }, [session, resume]);

  useEffect(() => showIn(model, language), [model, language]);

  const save = useCallback(async () => {
    setSaveState('saving');
    try {
      await api(endpoints.survey.saveDraft, {
        body: { code, answers: answersOf(model), language, page: model.currentPageNo },
      });
      setSaveState('saved');
    } catch {
      setSaveState('failed');
    }
  }, [model, code, language]);

  useEffect(() => {
    const onPage = () => void save();
    const onComplete = async () => {
      setSubmitError(null);
      try {
        await api(endpoints.survey.submit, { body: { code, answers: answersOf(model), language } });
        onSubmitted();
      } catch (error) {
        // Back to the questions with the answers so far.
        setResume({ answers: answersOf(model), language, page: model.currentPageNo });
        setSubmitError(error);
      }
    };
    model.onCurrentPageChanged.add(onPage);
    model.onComplete.add(onComplete);
    return () => {
      model.onCurrentPageChanged.remove(onPage);
      model.onComplete.remove(onComplete);
    };
  }, [model, save, code, language, onSubmitted]);

  const rtl = RTL_LANGUAGES.includes(language);
  return (
    <div className="survey-run" dir={rtl ? 'rtl' : 'ltr'} lang={language}>
      <div className="survey-run__tools">
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('survey.language')}</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(event) => onLanguage(event.target.value as SurveyLanguage)}
          >
            {session.languages.map((option) => (
              <option key={option} value={option} lang={option}>
                {LANGUAGE_NAMES[option]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--secondary" onClick={() => void save()}>
          {t('survey.saveForLater')}
        </button>
        <p role="status" className="survey-run__status">
          {saveState === 'saving' ? t('survey.saving') : null}
          {saveState === 'saved' ? t('survey.saved') : null}
          {saveState === 'failed' ? t('survey.saveFailed') : null}
        </p>
      </div>
      {submitError ? (
        <div className="error-state">
          <p role="alert">{t(errorKey(submitError))}</p>
          <button type="button" className="button" onClick={() => setSubmitError(null)}>
            {t('survey.backToQuestions')}
          </button>
        </div>
      ) : (
        <Survey model={model} />
      )}
    </div>
  );
}
