import {
  SURVEY_LANGUAGES,
  endpoints,
  type SurveyLanguage,
  type SurveySession,
} from '@pnetz/shared';
import { useMutation } from '@tanstack/react-query';
import {
  Suspense,
  lazy,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { TextField } from '../../../ui/form/Field';
import { api, isApiError } from '../../../lib/api';
import { surveyErrorKey, surveyI18n, useSurveyTexts } from './i18n';
import { firstLanguage, rememberLanguage, rememberedLanguage } from './languages';
import { SurveyLayout } from './SurveyLayout';
import './survey.css';
import type { SurveyEnd } from './SurveyRunner';

// SurveyJS is large: it loads only once a code has opened a questionnaire.
const SurveyRunner = lazy(async () => ({ default: (await import('./SurveyRunner')).SurveyRunner }));

type Opened = { code: string; session: SurveySession };

/**
 * `/umfrage` and `/u/:code`: the public answering page of a security analysis. No account: the
 * access code from the letter opens the questionnaire, saves answers to resume later, and is
 * used up by the submission. The code is never kept in the address bar or on the device. The
 * page's own texts come in every survey language (see `i18n/`).
 */
export function SurveyPage() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { code: pathCode } = useParams();
  const linked = useRef(pathCode ?? search.get('code') ?? '');
  const [opened, setOpened] = useState<Opened | null>(null);
  const [end, setEnd] = useState<SurveyEnd | null>(null);
  const [language, setLanguage] = useState<SurveyLanguage>(firstLanguage);

  useEffect(() => {
    void surveyI18n.changeLanguage(language);
  }, [language]);

  const open = useMutation({
    mutationFn: (code: string) => api(endpoints.survey.session, { body: { code } }),
    onSuccess: (session, code) => {
      const offered = session.languages;
      setLanguage(
        session.draft?.language ??
          rememberedLanguage(offered) ??
          (offered.includes(language) ? language : 'de'),
      );
      setOpened({ code, session });
    },
    onError: (error) => {
      if (isApiError(error, 'access_code_used')) setEnd('used');
      if (isApiError(error, 'survey_closed')) setEnd('closed');
    },
  });

  useEffect(() => {
    const code = linked.current;
    if (!code) return;
    linked.current = '';
    // The code leaves the address bar (and the browser history) at once.
    void navigate('/umfrage', { replace: true });
    open.mutate(code);
  }, [navigate, open]);

  const choose = (next: SurveyLanguage) => {
    rememberLanguage(next);
    setLanguage(next);
  };

  let content;
  if (end) {
    content = <Ended end={end} />;
  } else if (opened) {
    content = (
      <SurveyFrame>
        <SurveyRunner
          code={opened.code}
          session={opened.session}
          language={language}
          onEnd={setEnd}
        />
      </SurveyFrame>
    );
  } else {
    content = (
      <CodeForm
        pending={open.isPending}
        error={open.error}
        onSubmit={(code) => open.mutate(code)}
      />
    );
  }
  return (
    <SurveyLayout
      language={language}
      languages={opened && end !== 'closed' ? opened.session.languages : SURVEY_LANGUAGES}
      onLanguage={choose}
    >
      {content}
    </SurveyLayout>
  );
}

function SurveyFrame({ children }: { children: ReactNode }) {
  const { t } = useSurveyTexts();
  return (
    <Suspense fallback={<LoadingState label={t('loadingQuestionnaire')} />}>{children}</Suspense>
  );
}

/** The last page: thanks, a used code, or a survey that has ended. */
function Ended({ end }: { end: SurveyEnd }) {
  const { t } = useSurveyTexts();
  if (end === 'thanks')
    return (
      <Page title={t('thanksTitle')}>
        <p>{t('thanksText')}</p>
      </Page>
    );
  if (end === 'used')
    return (
      <Page title={t('usedTitle')}>
        <p>{t('usedText')}</p>
        <p>{t('usedHelp')}</p>
      </Page>
    );
  return (
    <Page title={t('closedTitle')}>
      <p>{t('closedText')}</p>
      <p>{t('closedHelp')}</p>
    </Page>
  );
}

function CodeForm({
  pending,
  error,
  onSubmit,
}: {
  pending: boolean;
  error: unknown;
  onSubmit: (code: string) => void;
}) {
  const { t } = useSurveyTexts();
  const id = useId();
  const [code, setCode] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() === '') return setEmpty(true);
    setEmpty(false);
    onSubmit(code);
  };
  const message = empty ? t('codeRequired') : error ? t(surveyErrorKey(error)) : undefined;
  return (
    <Page title={t('title')} intro={t('intro')}>
      <form className="survey-code" onSubmit={submit} noValidate>
        <TextField
          id={`${id}-code`}
          label={t('codeLabel')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          dir="ltr"
          className="survey-code__input"
          aria-describedby={`${id}-hint`}
          error={message}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('codeHint')}
        </p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('opening') : t('open')}
        </button>
      </form>
      <h2>{t('privacyTitle')}</h2>
      <p>{t('privacyText')}</p>
    </Page>
  );
}
