import { endpoints, type SurveyLanguage, type SurveySession } from '@pnetz/shared';
import { useMutation } from '@tanstack/react-query';
import { Suspense, lazy, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { Page } from '../../../components/Page';
import { PublicLayout } from '../../../components/PublicLayout';
import { TextField } from '../../../components/TextField';
import { api, errorKey, isApiError } from '../../../lib/api';
import { changeLanguage } from '../../../i18n/language';
import { browserLanguage, rememberLanguage, rememberedLanguage, uiLanguageFor } from './languages';
import './survey.css';

// SurveyJS is large: it loads only once a code has opened a questionnaire.
const SurveyRunner = lazy(async () => ({ default: (await import('./SurveyRunner')).SurveyRunner }));

type Opened = { code: string; session: SurveySession; language: SurveyLanguage };

/**
 * `/umfrage` and `/u/:code`: the public answering page of a security analysis. No account: the
 * access code from the letter opens the questionnaire, saves answers to resume later, and is
 * used up by the submission. The code is never kept in the address bar or on the device.
 */
export function SurveyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { code: pathCode } = useParams();
  const linked = useRef(pathCode ?? search.get('code') ?? '');
  const [opened, setOpened] = useState<Opened | null>(null);
  const [done, setDone] = useState(false);

  const open = useMutation({
    mutationFn: (code: string) => api(endpoints.survey.session, { body: { code } }),
    onSuccess: (session, code) => {
      const language =
        session.draft?.language ??
        rememberedLanguage(session.languages) ??
        browserLanguage(session.languages);
      setOpened({ code, session, language });
      void changeLanguage(uiLanguageFor(language));
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

  const chooseLanguage = (language: SurveyLanguage) => {
    rememberLanguage(language);
    void changeLanguage(uiLanguageFor(language));
    setOpened((current) => (current ? { ...current, language } : current));
  };

  let content;
  if (done) {
    content = (
      <Page title={t('survey.thanksTitle')}>
        <p>{t('survey.thanksText')}</p>
      </Page>
    );
  } else if (isApiError(open.error, 'access_code_used')) {
    content = (
      <Page title={t('survey.usedTitle')}>
        <p>{t('survey.usedText')}</p>
        <p>{t('survey.usedHelp')}</p>
      </Page>
    );
  } else if (opened) {
    content = (
      <Suspense fallback={<LoadingState label={t('survey.loadingQuestionnaire')} />}>
        <SurveyRunner
          code={opened.code}
          session={opened.session}
          language={opened.language}
          onLanguage={chooseLanguage}
          onSubmitted={() => setDone(true)}
        />
      </Suspense>
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
  return <PublicLayout>{content}</PublicLayout>;
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
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [empty, setEmpty] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (code.trim() === '') return setEmpty(true);
    setEmpty(false);
    onSubmit(code);
  };
  const message = empty
    ? t('survey.codeRequired')
    : isApiError(error, 'not_found')
      ? t('survey.codeUnknown')
      : error
        ? t(errorKey(error))
        : undefined;
  return (
    <Page title={t('survey.title')} intro={t('survey.intro')}>
      <form className="survey-code" onSubmit={submit} noValidate>
        <TextField
          id={`${id}-code`}
          label={t('survey.codeLabel')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          className="survey-code__input"
          aria-describedby={`${id}-hint`}
          error={message}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('survey.codeHint')}
        </p>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('survey.opening') : t('survey.open')}
        </button>
      </form>
      <h2>{t('survey.privacyTitle')}</h2>
      <p>{t('survey.privacyText')}</p>
    </Page>
  );
}
