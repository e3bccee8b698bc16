import { SURVEY_LANGUAGES, type SurveyLanguage } from '@pnetz/shared';
import { createInstance } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../../../lib/api-error';
import ar from './ar.json';
import de from './de.json';
import en from './en.json';
import ru from './ru.json';
import tr from './tr.json';
import uk from './uk.json';
import vi from './vi.json';

/** The public answering page's own texts (buttons, headings, consent, thanks, errors). */
export type SurveyTexts = typeof de;

/**
 * The page's texts in every language a questionnaire can be answered in. Each file must have the
 * German file's keys (a missing key is a type error here; `texts.test.ts` also finds extra ones).
 */
export const SURVEY_TEXTS: Record<SurveyLanguage, SurveyTexts> = { de, en, uk, ru, ar, tr, vi };

/**
 * An i18next instance of its own for the public page: residents read it in seven languages,
 * while the staff app speaks German and English only. Components pass it to `useTranslation`
 * explicitly, so the app's instance (and its remembered language) is never touched.
 */
export const surveyI18n = createInstance();
void surveyI18n.init({
  resources: Object.fromEntries(
    SURVEY_LANGUAGES.map((language) => [language, { survey: SURVEY_TEXTS[language] }]),
  ),
  lng: 'de',
  fallbackLng: 'de',
  supportedLngs: [...SURVEY_LANGUAGES],
  ns: ['survey'],
  defaultNS: 'survey',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** `t` of the public page, typed by the German texts, in the page's current language. */
export function useSurveyTexts() {
  return useTranslation('survey', { i18n: surveyI18n });
}

const RELOAD_IDS = new Set([
  'csrf_failed',
  'invalid_json',
  'unsupported_media_type',
  'invalid_response',
]);

/** The page's text for a failed request (its own words, never the server's message). */
export function surveyErrorKey(error: unknown) {
  const id = error instanceof ApiRequestError ? error.id : 'internal';
  switch (id) {
    case 'not_found':
      return 'codeUnknown' as const;
    case 'access_code_used':
      return 'usedText' as const;
    case 'survey_closed':
      return 'closedText' as const;
    case 'validation_failed':
    case 'rate_limited':
    case 'network':
    case 'service_unavailable':
    case 'payload_too_large':
      return `errors.${id}` as const;
    default:
      return RELOAD_IDS.has(id) ? ('errors.reload' as const) : ('errors.internal' as const);
  }
}
