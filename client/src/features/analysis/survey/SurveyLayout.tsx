import { RTL_LANGUAGES, SurveyLanguageSchema, type SurveyLanguage } from '@pnetz/shared';
import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIN_ID, SkipLink } from '../../../components/SkipLink';
import { useSurveyTexts } from './i18n';
import { LANGUAGE_NAMES } from './languages';
import { Field } from '../../../ui/form/Field';

interface SurveyLayoutProps {
  language: SurveyLanguage;
  /** Languages the picker offers: the questionnaire's once a code opened it, else all. */
  languages: readonly SurveyLanguage[];
  onLanguage: (language: SurveyLanguage) => void;
  children: ReactNode;
}

/**
 * Frame of the public answering page: the whole page, `<html>` included, speaks the resident's
 * language and runs right to left for Arabic. The staff app's header (its links, its German and
 * English switch) is left out: residents have no account.
 */
export function SurveyLayout({ language, languages, onLanguage, children }: SurveyLayoutProps) {
  const { t } = useSurveyTexts();
  const { t: app } = useTranslation();
  const id = useId();
  const dir = RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';

  useEffect(() => {
    const root = document.documentElement;
    const before = { lang: root.lang, dir: root.dir };
    root.lang = language;
    root.dir = dir;
    return () => {
      root.lang = before.lang;
      root.dir = before.dir;
    };
  }, [language, dir]);

  return (
    <div className="app survey-app" lang={language} dir={dir}>
      <SkipLink label={t('skipLink')} />
      <header className="site-header">
        <div className="site-header__bar">
          <span className="brand">
            <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <path d="M16 3 5 7v8c0 7 4.7 11.8 11 14 6.3-2.2 11-7 11-14V7L16 3Z" />
              <circle cx="16" cy="15" r="4" />
            </svg>
            <span className="brand__name">{app('app.name')}</span>
          </span>
          <div className="site-header__tools">
            <Field id={`${id}-language`} className="field--inline" label={t('language')}>
              {(control) => (
                <select
                  {...control}
                  value={language}
                  onChange={(event) => {
                    const chosen = SurveyLanguageSchema.safeParse(event.target.value);
                    if (chosen.success) onLanguage(chosen.data);
                  }}
                >
                  {languages.map((option) => (
                    <option key={option} value={option} lang={option}>
                      {LANGUAGE_NAMES[option]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="site-main site-main--narrow">
        {children}
      </main>
    </div>
  );
}
