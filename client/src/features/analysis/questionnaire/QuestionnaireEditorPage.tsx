import {
  SURVEY_LANGUAGES,
  endpoints,
  type Questionnaire,
  type SurveyLanguage,
} from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { api, errorKey, isApiError, type ApiRequestError } from '../../../lib/api';
import { LANGUAGE_NAMES } from '../survey/languages';
import { BlockEditor } from './BlockEditor';
import { EditorActions } from './EditorActions';
import { EndFieldwork } from './EndFieldwork';
import { fromJson, questionCount, textIn, toJson, type Instrument } from './instrument';
import { questionnaireQuery, surveyKeys } from './queries';
import { CheckboxGroup, Field } from '../../../ui/form/Field';
import { TranslationSummary } from './TranslationSummary';
import { VersionList } from './VersionList';
import './questionnaire.css';

const QuestionnairePreview = lazy(async () => ({
  default: (await import('./QuestionnairePreview')).QuestionnairePreview,
}));

/** `/analysen/:analysisId/fragebogen`: the council edits its questionnaire, block by block. */
export function QuestionnaireEditorPage() {
  const { t } = useTranslation();
  const { analysisId = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery(questionnaireQuery(analysisId));
  const create = useMutation({
    mutationFn: () => api(endpoints.survey.createQuestionnaire, { params: { id: analysisId } }),
    onSuccess: (created) => queryClient.setQueryData(surveyKeys.questionnaire(analysisId), created),
  });

  if (query.isPending) return <LoadingState />;
  if (isApiError(query.error, 'not_found') && !query.data) {
    return (
      <Page title={t('survey.editor.title')} intro={t('survey.editor.noneYet')}>
        {create.error ? <p role="alert">{t(errorKey(create.error))}</p> : null}
        <button
          type="button"
          className="button"
          disabled={create.isPending}
          onClick={() => create.mutate()}
        >
          {t('survey.editor.startFromTemplate')}
        </button>
      </Page>
    );
  }
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <Editor key={query.data.version} questionnaire={query.data} analysisId={analysisId} />;
}

function Editor({
  questionnaire,
  analysisId,
}: {
  questionnaire: Questionnaire;
  analysisId: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Instrument>(() => fromJson(questionnaire.json));
  const [renamed, setRenamed] = useState<Record<string, string>>({});
  const [languages, setLanguages] = useState<SurveyLanguage[]>(questionnaire.languages);
  const [language, setLanguage] = useState<SurveyLanguage>('de');
  const [preview, setPreview] = useState(false);
  const [dirty, setDirty] = useState(false);
  // One block at a time: the whole questionnaire would be hundreds of fields on one page.
  const [blockIndex, setBlockIndex] = useState(0);
  const editable = questionnaire.editable;

  const change = (next: Instrument) => {
    setDraft(next);
    setDirty(true);
  };
  // Renames map a question of the saved version to its new name; new questions have no past.
  const savedNames = new Set(
    fromJson(questionnaire.json).pages.flatMap((page) => page.elements.map((q) => q.name)),
  );
  const rename = (from: string, to: string) => {
    setRenamed((current) => {
      const original = current[from] ?? from;
      const { [from]: _dropped, ...rest } = current;
      return original === to || !savedNames.has(original) ? rest : { ...rest, [to]: original };
    });
  };

  const refresh = (updated: Questionnaire) =>
    queryClient.setQueryData(surveyKeys.questionnaire(analysisId), updated);
  const save = useMutation({
    mutationFn: () =>
      api(endpoints.survey.saveQuestionnaire, {
        params: { id: analysisId },
        body: { baseVersion: questionnaire.version, json: toJson(draft), languages, renamed },
      }),
    onSuccess: refresh,
  });
  const start = useMutation({
    mutationFn: () => api(endpoints.survey.startFieldwork, { params: { id: analysisId } }),
    onSuccess: refresh,
  });
  const problems = (error: unknown) =>
    (error as ApiRequestError | null)?.fields?.map((field) => `${field.path}: ${field.message}`) ??
    [];

  return (
    <Page
      title={t('survey.editor.title')}
      intro={t(`survey.editor.status.${questionnaire.status}`, { version: questionnaire.version })}
    >
      <div className="qe-toolbar">
        <Field id={`${id}-language`} label={t('survey.editor.editLanguage')}>
          {(control) => (
            <select
              {...control}
              value={language}
              onChange={(event) => setLanguage(event.target.value as SurveyLanguage)}
            >
              {SURVEY_LANGUAGES.map((option) => (
                <option key={option} value={option}>
                  {LANGUAGE_NAMES[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <EditorActions
          preview={preview}
          onPreviewChange={setPreview}
          editable={editable}
          saving={save.isPending}
          dirty={dirty}
          onSave={() => save.mutate()}
          saveLabel={t('survey.editor.save')}
        />
      </div>
      {!editable ? <p className="qe-frozen">{t('survey.editor.frozen')}</p> : null}
      {save.error ? (
        <div role="alert" className="error-state">
          <p>{t(errorKey(save.error))}</p>
          <ul>
            {problems(save.error).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {dirty && editable ? (
        <p role="status">{t('survey.editor.unsaved', { count: questionCount(draft) })}</p>
      ) : null}

      <CheckboxGroup
        id={`${id}-languages`}
        className="qe-languages"
        inline
        disabled={!editable}
        label={t('survey.editor.languages')}
        options={SURVEY_LANGUAGES.map((option) => ({
          value: option,
          label: <span lang={option}>{LANGUAGE_NAMES[option]}</span>,
          disabled: option === 'de',
        }))}
        values={languages}
        onChange={(chosen) => {
          setDirty(true);
          setLanguages(SURVEY_LANGUAGES.filter((l) => chosen.includes(l)));
        }}
      />

      <TranslationSummary
        translations={questionnaire.translations}
        chosen={questionnaire.languages}
      />

      {editable ? (
        <div className="qe-fieldwork">
          <button
            type="button"
            className="button"
            disabled={start.isPending || dirty}
            onClick={() => start.mutate()}
          >
            {t('survey.editor.startFieldwork')}
          </button>
          <p className="field__hint">{t('survey.editor.startFieldworkHint')}</p>
          {start.error ? (
            <div role="alert" className="error-state">
              <p>{t(errorKey(start.error))}</p>
              <ul>
                {problems(start.error).map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      {questionnaire.canEndFieldwork ? (
        <EndFieldwork analysisId={analysisId} onEnded={refresh} />
      ) : null}

      {preview ? (
        <section aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>{t('survey.editor.preview')}</h2>
          <Suspense fallback={<LoadingState />}>
            <QuestionnairePreview json={toJson(draft)} language={language} />
          </Suspense>
        </section>
      ) : (
        <>
          <nav aria-labelledby={`${id}-blocks`}>
            <h2 id={`${id}-blocks`}>{t('survey.editor.blocks')}</h2>
            <ol className="qe-block-nav">
              {draft.pages.map((block, index) => (
                <li key={block.name}>
                  <button
                    type="button"
                    className="button button--secondary qe-small"
                    aria-pressed={index === blockIndex}
                    onClick={() => setBlockIndex(index)}
                  >
                    {t('survey.editor.blockButton', {
                      title: textIn(block.title, 'de') || block.name,
                      count: block.elements.length,
                    })}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          {draft.pages[blockIndex] ? (
            <BlockEditor
              key={draft.pages[blockIndex].name}
              block={draft.pages[blockIndex]}
              index={blockIndex}
              instrument={draft}
              language={language}
              editable={editable}
              onChange={change}
              onRename={rename}
            />
          ) : null}
        </>
      )}

      <VersionList versions={questionnaire.versions} />
    </Page>
  );
}
