import { RTL_LANGUAGES, endpoints, type SurveyLanguage, type SurveySession } from '@pnetz/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, isApiError } from '../../../lib/api';
import { Model, Survey } from '../surveyjs';
import { surveyErrorKey, useSurveyTexts } from './i18n';

/** Why the page stopped: answers sent, the code used before, or the survey closed. */
export type SurveyEnd = 'thanks' | 'used' | 'closed';

interface SurveyRunnerProps {
  code: string;
  session: SurveySession;
  language: SurveyLanguage;
  /** The answers were sent, or the code turned out used or the survey closed meanwhile. */
  onEnd: (end: SurveyEnd) => void;
}

/** A refusal that ends the page rather than asking the resident to try again. */
function endOf(error: unknown): SurveyEnd | null {
  if (isApiError(error, 'survey_closed')) return 'closed';
  if (isApiError(error, 'access_code_used')) return 'used';
  return null;
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

/** The questionnaire rendered by SurveyJS, with save-and-resume. */
export function SurveyRunner({ code, session, language, onEnd }: SurveyRunnerProps) {
  const { t } = useSurveyTexts();
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
    } catch (error) {
      const end = endOf(error);
      if (end) onEnd(end);
      else setSaveState('failed');
    }
  }, [model, code, language, onEnd]);

  useEffect(() => {
    const onPage = () => void save();
    const onComplete = async () => {
      setSubmitError(null);
      try {
        await api(endpoints.survey.submit, { body: { code, answers: answersOf(model), language } });
        onEnd('thanks');
      } catch (error) {
        const end = endOf(error);
        if (end) return onEnd(end);
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
  }, [model, save, code, language, onEnd]);

  const rtl = RTL_LANGUAGES.includes(language);
  return (
    <div className="survey-run" dir={rtl ? 'rtl' : 'ltr'} lang={language}>
      <div className="survey-run__tools">
        <button type="button" className="button button--secondary" onClick={() => void save()}>
          {t('saveForLater')}
        </button>
        <p role="status" className="survey-run__status">
          {saveState === 'saving' ? t('saving') : null}
          {saveState === 'saved' ? t('saved') : null}
          {saveState === 'failed' ? t('saveFailed') : null}
        </p>
      </div>
      {submitError ? (
        <div className="error-state">
          <p role="alert">{t(surveyErrorKey(submitError))}</p>
          <button type="button" className="button" onClick={() => setSubmitError(null)}>
            {t('backToQuestions')}
          </button>
        </div>
      ) : (
        <Survey model={model} />
      )}
    </div>
  );
}
