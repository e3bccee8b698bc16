import { SURVEY_LANGUAGES, SurveyLanguageSchema, type SurveyLanguage } from '@pnetz/shared';

/** Each language named in itself, as respondents look for it. */
export const LANGUAGE_NAMES: Record<SurveyLanguage, string> = {
  de: 'Deutsch',
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  ar: 'العربية',
  tr: 'Türkçe',
  vi: 'Tiếng Việt',
};

const STORAGE_KEY = 'pnetz.survey.language';

/** The language the respondent chose last time on this device, if it is offered. */
export function rememberedLanguage(offered: readonly SurveyLanguage[]): SurveyLanguage | null {
  try {
    const parsed = SurveyLanguageSchema.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success && offered.includes(parsed.data) ? parsed.data : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(language: SurveyLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing without storage: the choice holds for this visit only.
  }
}

/** The browser's preferred language among the offered ones, else German. */
export function browserLanguage(offered: readonly SurveyLanguage[]): SurveyLanguage {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.slice(0, 2).toLowerCase();
    const match = SURVEY_LANGUAGES.find((language) => language === base);
    if (match && offered.includes(match)) return match;
  }
  return 'de';
}

/** The page's first language: the one chosen last time on this device, else the browser's. */
export const firstLanguage = (): SurveyLanguage =>
  rememberedLanguage(SURVEY_LANGUAGES) ?? browserLanguage(SURVEY_LANGUAGES);
