import { LANGUAGES } from '@pnetz/shared';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, currentLanguage } from './language';
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

export { i18n };
