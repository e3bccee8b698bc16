import { endpoints, type FeedbackQuestionnaire, type SurveyLanguage } from '@pnetz/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { api, type ApiRequestError } from '../../lib/api';
import { BlockEditor } from '../analysis/questionnaire/BlockEditor';
import { EditorActions } from '../analysis/questionnaire/EditorActions';
import {
  fromJson,
  questionCount,
  toJson,
  type Instrument,
} from '../analysis/questionnaire/instrument';
import '../analysis/questionnaire/questionnaire.css';
import { trainingErrorKey } from './format';
import { trainingPaths } from './paths';
import { feedbackQuestionnaireQuery, trainingKeys } from './queries';

const QuestionnairePreview = lazy(async () => ({
  default: (await import('../analysis/questionnaire/QuestionnairePreview')).QuestionnairePreview,
}));

/**
 * `/fortbildung/:offerId/rueckmeldebogen`: the organiser adapts the offer's feedback
 * questionnaire with the survey instrument's editor, until the first answer freezes it.
 */
export function FeedbackEditorPage() {
  const { offerId = '' } = useParams();
  const { t } = useTranslation();
  const query = useQuery(feedbackQuestionnaireQuery(offerId));
  if (query.isPending) return <LoadingState />;
  // A refusal keeps the page's heading, so the page says where one is.
  if (query.error)
    return (
      <Page title={t('training.feedbackEditor.title')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  return <Editor key={offerId} offerId={offerId} saved={query.data} />;
}

const LANGUAGE: SurveyLanguage = 'de';

function Editor({ offerId, saved }: { offerId: string; saved: FeedbackQuestionnaire }) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Instrument>(() => fromJson(saved.json));
  const [dirty, setDirty] = useState(false);
  const [preview, setPreview] = useState(false);
  const editable = saved.editable;
  const save = useMutation({
    mutationFn: () =>
      api(endpoints.training.saveFeedbackQuestionnaire, {
        params: { id: offerId },
        body: { json: toJson(draft) },
      }),
    onSuccess: (updated) => {
      setDirty(false);
      queryClient.setQueryData(trainingKeys.feedbackQuestionnaire(offerId), updated);
    },
  });
  const change = (next: Instrument) => {
    setDraft(next);
    setDirty(true);
  };
  const problems =
    (save.error as ApiRequestError | null)?.fields?.map((f) => `${f.path}: ${f.message}`) ?? [];
  return (
    <Page title={t('training.feedbackEditor.title')} intro={t('training.feedbackEditor.intro')}>
      <p>
        <Link to={trainingPaths.offer(offerId)}>{t('training.feedbackEditor.back')}</Link>
      </p>
      <div className="qe-toolbar">
        <EditorActions
          preview={preview}
          onPreviewChange={setPreview}
          editable={editable}
          saving={save.isPending}
          dirty={dirty}
          onSave={() => save.mutate()}
          saveLabel={t('training.feedbackEditor.save')}
        />
      </div>
      {!editable ? (
        <p className="qe-frozen">{t('training.feedbackEditor.frozen', { count: saved.answers })}</p>
      ) : null}
      {save.error ? (
        <div role="alert" className="error-state">
          <p>{t(trainingErrorKey(save.error))}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {dirty && editable && !save.isPending ? (
        <p role="status">{t('survey.editor.unsaved', { count: questionCount(draft) })}</p>
      ) : null}
      {save.isSuccess && !dirty ? <p role="status">{t('training.feedbackEditor.saved')}</p> : null}
      {preview ? (
        <section aria-labelledby={`${id}-preview`}>
          <h2 id={`${id}-preview`}>{t('survey.editor.preview')}</h2>
          <Suspense fallback={<LoadingState />}>
            <QuestionnairePreview json={toJson(draft)} language={LANGUAGE} />
          </Suspense>
        </section>
      ) : (
        draft.pages.map((block, index) => (
          <BlockEditor
            key={block.name}
            block={block}
            index={index}
            instrument={draft}
            language={LANGUAGE}
            editable={editable}
            onChange={change}
            // Renames need no mapping: a questionnaire with answers cannot change any more.
            onRename={() => undefined}
          />
        ))
      )}
    </Page>
  );
}
