import { LANGUAGES, LanguageSchema } from '@pnetz/shared';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, currentLanguage, loadLanguage } from './language';
import { resources } from './resources';

function syncDocumentLanguage(): void {
  document.documentElement.lang = currentLanguage();
}

i18n.on('languageChanged', syncDocumentLanguage);

// German first: the browser's language is deliberately not consulted, so German-speaking staff on
// English-configured machines still get German. An explicit choice (the language switch, `?lang=en`)
// is remembered in localStorage; after sign-in the language stored with the user wins.
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    partialBundledLanguages: true,
    supportedLngs: [...LANGUAGES],
    fallbackLng: DEFAULT_LANGUAGE,
    load: 'languageOnly',
    nonExplicitSupportedLngs: true,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    detection: {
      order: ['querystring', 'localStorage'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: 'pnetz.language',
      caches: ['localStorage'],
      convertDetectedLanguage: (language: string) => language.slice(0, 2).toLowerCase(),
    },
  });

syncDocumentLanguage();

/**
 * Resolves once the texts of the language chosen earlier are loaded: at once for German, after
 * one small request for another language (the app is rendered after it, so it never flashes).
 */
export const i18nReady: Promise<void> = (async () => {
  const chosen = LanguageSchema.safeParse(i18n.language);
  if (!chosen.success || chosen.data === DEFAULT_LANGUAGE) return;
  try {
    await loadLanguage(chosen.data);
    await i18n.changeLanguage(chosen.data);
  } catch {
    // Offline or a stale build: the app still starts, in German.
  }
})();

export { i18n };
